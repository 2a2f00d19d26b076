package org.valuebench.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before a route sees the request (an ambiguous path such as {@code /%2e%2e/}, a malformed
 * request line, headers too big) in the listener's own form: {@code {"error": …}} with the protective headers,
 * instead of Jetty's HTML page. Jetty's message and cause stay out of the answer.
 */
final class JettyErrors extends ErrorHandler {
    private final JsonText json;

    JettyErrors(JsonText json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        Protection.HEADERS.forEach((name, value) -> headers.put(name, value));
        headers.put(HttpHeader.CONTENT_TYPE, ParticipantRoutes.JSON);
        response.write(true, body(status), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Protection.HEADERS.forEach((name, value) -> fields.put(new HttpField(name, value)));
        fields.put(HttpHeader.CONTENT_TYPE, ParticipantRoutes.JSON);
        return body(status);
    }

    private ByteBuffer body(int status) {
        return ByteBuffer.wrap(json.error(Protection.said(status)).getBytes(StandardCharsets.UTF_8));
    }
}
