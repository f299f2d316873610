/**
 * Plain data of Maqal: articles and what analysis finds in them. Records only; this package
 * depends on nothing else in Maqal.
 */
package org.maqal.model;
