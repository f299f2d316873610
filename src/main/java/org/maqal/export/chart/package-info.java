/**
 * Charts drawn for exported documents, rendered headless to PNG with XChart. The one package
 * outside the window that uses AWT (Java2D draws the chart); it takes plain numbers and returns
 * image bytes, so nothing else in export touches AWT.
 */
package org.maqal.export.chart;
