package news.wireline.publish.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Publish only answers GETs and reads no request body, so a request that comes with one, of a
 * declared length or chunked, is refused before anything reads it. The connection is closed,
 * so the server does not swallow the unread body either.
 */
final class NoRequestBodies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "publish reads no request body");
            return;
        }
        chain.doFilter(request, response);
    }
}
