package com.mtdconnect.graph.control;

import com.mtdconnect.platform.control.MicrosoftEndpoints;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The innermost OkHttp interceptor: sends each request to where {@link MicrosoftEndpoints} says its
 * Microsoft URL is reached. In the product that is the URL itself; the SDK above (auth, host
 * checks, retries) always sees Microsoft's URL.
 */
public final class EndpointRouting implements Interceptor {

  private final MicrosoftEndpoints endpoints;

  public EndpointRouting(MicrosoftEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String original = request.url().toString();
    String target = endpoints.resolve(original);
    if (target.equals(original)) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().url(target).build());
  }
}
