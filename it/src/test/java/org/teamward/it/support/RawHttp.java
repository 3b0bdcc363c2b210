package org.teamward.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP/1.1 request over a socket bound to a chosen local address, so that a test can be a
 * client at 127.0.0.2 or ::1 on loopback, which HTTP client libraries do not let one choose.
 */
public final class RawHttp {

  /** The status line's code and the whole response. */
  public record Answer(int status, String text) {}

  private RawHttp() {}

  /**
   * @param from the local address to send from, e.g. 127.0.0.2
   * @param to the server's address on the same family, e.g. 127.0.0.1 or ::1
   */
  public static Answer get(String from, String to, String path, Map<String, String> headers) {
    int port = URI.create(Server.base()).getPort();
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(30_000);
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName(to), port), 10_000);
      StringBuilder request = new StringBuilder();
      request.append("GET ").append(path).append(" HTTP/1.1\r\n");
      request.append("Host: localhost:").append(port).append("\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      return new Answer(status, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
