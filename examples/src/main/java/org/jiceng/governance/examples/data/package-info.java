/** The bundled sample data sets, built from the seed documents' published figures. */
package org.jiceng.governance.examples.data;
