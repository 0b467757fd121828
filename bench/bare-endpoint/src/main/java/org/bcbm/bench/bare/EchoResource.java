package org.bcbm.bench.bare;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /echo: reads a small JSON record and answers one, with no other work, as the benchmark's yardstick. */
@Path("/echo")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

    /** What the client sends. */
    public record Ping(String ref, int n) {
    }

    /** What the endpoint answers. */
    public record Pong(String ref, int n, boolean ok) {
    }

    @POST
    public Pong echo(Ping ping) {
        return new Pong(ping.ref(), ping.n(), true);
    }
}
