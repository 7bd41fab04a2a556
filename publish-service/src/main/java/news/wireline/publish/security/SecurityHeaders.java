package news.wireline.publish.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every publish answer carries, set before anything is written, so error pages, 304s
 * and the live stream get them too. Feeds and JSON are data: their policy lets a browser load
 * nothing at all. The reader pages load only the site's own stylesheet; no script, image, frame
 * or form exists in them, so none is allowed, and no inline style either.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY =
            "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", isPage(request.getRequestURI()) ? PAGE_POLICY : DATA_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
    }

    /** The HTML pages of PageController; every other URL answers data. */
    private static boolean isPage(String path) {
        return path.equals("/") || path.startsWith("/story/") || path.startsWith("/tag/");
    }
}
