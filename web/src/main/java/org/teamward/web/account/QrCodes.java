package org.teamward.web.account;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, drawn on the server from the qrcodegen library's modules. Inline, so
 * that the secret it carries is never in a URL, an image request or a cache.
 */
final class QrCodes {

  private static final int QUIET_ZONE = 4;

  private QrCodes() {}

  static String svg(String text, String label) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + QUIET_ZONE * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\""
        + escape(label)
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
