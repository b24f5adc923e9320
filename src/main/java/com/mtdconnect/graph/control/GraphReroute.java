package com.mtdconnect.graph.control;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The innermost OkHttp interceptor: in demo and test mode it sends requests for graph.microsoft.com
 * to the simulator; the SDK above it (auth, host checks, retries) still sees Microsoft's URL.
 */
public final class GraphReroute implements Interceptor {

  private final TransportReroute reroute;

  public GraphReroute(TransportReroute reroute) {
    this.reroute = reroute;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String original = request.url().toString();
    String target = reroute.apply(original);
    if (target.equals(original)) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().url(target).build());
  }
}
