package org.bcbm.gateway.rest;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.bcbm.common.problem.ProblemException;

/**
 * Counts a body without a Content-Length (chunked) as it is read, and ends the request with a 413 problem naming the
 * limit once it passes it, rather than read on to Quarkus's far larger limit (which answers a bare 413).
 */
@Provider
// the services' answers the REST clients read are not partner bodies: never count them against these limits
@ConstrainedTo(RuntimeType.SERVER)
public class BodyLimitReader implements ReaderInterceptor {

    private final BodyLimitFilter limits;
    private final UriInfo uri;

    public BodyLimitReader(BodyLimitFilter limits, UriInfo uri) {
        this.limits = limits;
        this.uri = uri;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String path = uri.getPath();
        long limit = limits.limitFor(path);
        context.setInputStream(new Counting(context.getInputStream(), limit, path));
        return context.proceed();
    }

    private static final class Counting extends FilterInputStream {
        private final long limit;
        private final String path;
        private long read;

        Counting(InputStream in, long limit, String path) {
            super(in);
            this.limit = limit;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(413, "Content Too Large", BodyLimitFilter.tooLarge(path,
                        "passed " + limit + " bytes", limit), null, Map.of("Connection", "close"));
            }
        }
    }
}
