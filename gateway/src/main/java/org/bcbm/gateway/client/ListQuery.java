package org.bcbm.gateway.client;

import jakarta.ws.rs.QueryParam;

/** The filters and paging of the contract's collections, passed through to the owning service. */
public class ListQuery {

    @QueryParam("agent")
    public String agent;

    @QueryParam("subtype")
    public String subtype;

    @QueryParam("endpoint")
    public String endpoint;

    @QueryParam("line")
    public String line;

    @QueryParam("modality")
    public String modality;

    @QueryParam("q")
    public String text;

    @QueryParam("page")
    public Integer page;

    @QueryParam("size")
    public Integer size;
}
