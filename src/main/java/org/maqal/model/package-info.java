/**
 * Plain data of Maqal: articles, what analysis finds in them, and lessons (sections of items).
 * Records, enums and sealed interfaces only; this package depends on nothing else in Maqal and
 * knows no file format.
 */
package org.maqal.model;
