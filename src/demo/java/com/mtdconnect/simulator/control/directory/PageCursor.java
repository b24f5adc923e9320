package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.entity.SimResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Where a paged directory list continues: {@code $top} (1–999, default 100) and the offset carried
 * by our own opaque {@code $skiptoken} of one kind. Either both, or Graph's 400 for a bad value.
 */
final class PageCursor {
  private final int top;
  private final int offset;
  private final SimResponse rejection;

  private PageCursor(int top, int offset, SimResponse rejection) {
    this.top = top;
    this.offset = offset;
    this.rejection = rejection;
  }

  static PageCursor read(GraphCall call, String tokenKind) {
    Map<String, String> q = call.query();
    int top;
    try {
      top = Integer.parseInt(q.getOrDefault("$top", "100"));
    } catch (NumberFormatException e) {
      top = -1;
    }
    if (top < 1 || top > 999) {
      return rejected(
          GraphErrors.of(400, "Request_BadRequest", "Invalid page size specified.", call));
    }
    int offset = 0;
    if (q.containsKey("$skiptoken")) {
      Optional<String[]> token = PageTokens.decode(q.get("$skiptoken"));
      if (token.isEmpty() || !tokenKind.equals(token.get()[0])) {
        return rejected(GraphErrors.of(400, "Request_BadRequest", "Invalid skip token.", call));
      }
      offset = Integer.parseInt(token.get()[1]);
    }
    return new PageCursor(top, offset, null);
  }

  private static PageCursor rejected(SimResponse response) {
    return new PageCursor(0, 0, response);
  }

  /** Graph's answer when {@code $top} or {@code $skiptoken} was refused. */
  Optional<SimResponse> rejection() {
    return Optional.ofNullable(rejection);
  }

  int top() {
    return top;
  }

  int offset() {
    return offset;
  }
}
