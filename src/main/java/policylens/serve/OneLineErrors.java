package policylens.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import policylens.model.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Jetty answers itself (a request it cannot parse, a body too slow or too large, a URI too long, …): one line,
 * Chinese first, as JSON under {@code /api/} and as plain text elsewhere; never Jetty's HTML page or a stack trace.
 */
final class OneLineErrors extends ErrorHandler {
    OneLineErrors() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    /** The line for a status Jetty gives, with its reason when there is one. */
    static String line(int status, String reason) {
        String what = switch (status) {
            case 400 -> "请求格式不对 / bad request";
            case 404 -> "找不到 / not found";
            case 405 -> "不允许的方法 / method not allowed";
            case 408 -> "请求太慢,已断开 / the request was too slow and was cut off";
            case 413 -> "请求太大 / the request is too large";
            case 414 -> "网址太长 / the URI is too long";
            case 431 -> "请求头太大 / the request headers are too large";
            case 503 -> "服务器正忙,请稍后再试 / the server is busy; try again in a moment";
            default -> status >= 500 ? "服务器出错 / server error (" + status + ")" : "请求无法处理 / request refused (" + status + ")";
        };
        if (reason == null || reason.isBlank() || reason.equalsIgnoreCase(org.eclipse.jetty.http.HttpStatus.getMessage(status))) {
            return what;
        }
        String first = reason.strip().split("\\R", 2)[0];
        if (first.contains("Exception") || first.contains("\tat ")) {
            return what;
        }
        return what + ": " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }

    static String json(int status, String line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", line);
        out.put("status", status);
        return Json.line(out);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        String line = line(code, message);
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        byte[] body = (api ? json(code, line) : line + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType(api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return ByteBuffer.wrap((line(status, reason) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
