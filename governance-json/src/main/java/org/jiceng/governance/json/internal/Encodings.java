package org.jiceng.governance.json.internal;

/** Recognises Unicode encodings other than UTF-8 from the first bytes of an input. Not API. */
final class Encodings {
  private Encodings() {}

  /**
   * Names the encoding the first bytes show when it is UTF-16 or UTF-32 (by byte-order mark or
   * by the zero bytes an ASCII first character leaves), else null.
   *
   * @param b the first bytes
   * @param n how many of them were read (up to 4)
   * @return the encoding's name, or null for UTF-8 (or too little input to tell)
   */
  static String otherUnicode(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return "UTF-32BE";
    }
    if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && b0 == 0 && b1 != 0) {
      return "UTF-16BE";
    }
    if (n >= 2 && b0 != 0 && b1 == 0) {
      return "UTF-16LE";
    }
    return null;
  }
}
