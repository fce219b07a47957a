package org.monetization.customer;

/** The text formats of the customer list export (CUS-3). */
public enum ExportFormat {
  /** RFC 4180 comma-separated values with a header row. */
  CSV,
  /** Tab-separated values with a header row, for pasting into a spreadsheet or printing. */
  TAB_SEPARATED
}
