/**
 * Delivery feedback files: long-format and survey-export CSV, survey mapping files, gap report JSON and CSV.
 */
package org.valuebench.io.feedback;
