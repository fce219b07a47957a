package org.monetization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * What every CSV export of the SDK shares: one configured Jackson mapper and the neutralisation of
 * spreadsheet formulas. Exports are opened in spreadsheets, so a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe: a customer
 * named {@code =HYPERLINK(...)} must not become a formula on the operator's machine (OWASP CSV injection).
 */
public final class Csv {
  /** The mapper: never closes the caller's writer, quotes only the fields that need it. */
  public static final CsvMapper MAPPER = createMapper();

  private Csv() {}

  /**
   * Returns the text as a spreadsheet shows it literally.
   *
   * @param text a cell's text
   * @return the text, prefixed with an apostrophe if a spreadsheet would read it as a formula
   */
  public static String inert(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static CsvMapper createMapper() {
    CsvMapper mapper = new CsvMapper();
    // The caller owns the writer: flush it, never close it.
    mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    // Quote only the fields that need it (separator, quote, line break): Jackson's default also quotes
    // every value with a space or punctuation, which litters the printable table with quotes.
    mapper.configure(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING, true);
    return mapper;
  }
}
