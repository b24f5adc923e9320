package com.mtdconnect.graph.control;

import com.microsoft.graph.models.BaseCollectionPaginationCountResponse;
import com.microsoft.graph.models.BaseDeltaFunctionResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Graph's server-driven paging, written once: hands on the items of a first page, then follows its
 * {@code @odata.nextLink} verbatim (the link is opaque) until a page has none. Each next page is
 * fetched by the caller's request builder ({@code withUrl(link).get(...)}), so it goes through the
 * tenant's client like the first: the pacing interceptor charges it to the tenant's budget, and a
 * failure on any page is the SDK's typed error, which the gateway translates like one on the first
 * page (the SDK's {@code PageIterator} fetches without the error mapping, so it is not used).
 *
 * @param <P> the SDK's page type: a collection or a delta response
 * @param <T> the items on a page
 */
public final class GraphPages<P, T> {

  /**
   * How a walk ended: its last page (for a delta round's {@code deltaLink}; empty when not even a
   * first page came back) and how many pages were read.
   */
  public record Walk<P>(Optional<P> lastPage, int pages) {}

  private final Function<P, List<T>> items;
  private final Function<P, String> nextLink;
  private final Function<String, P> next;

  private GraphPages(
      Function<P, List<T>> items, Function<P, String> nextLink, Function<String, P> next) {
    this.items = items;
    this.nextLink = nextLink;
    this.next = next;
  }

  /**
   * Pages of a collection.
   *
   * @param items the page's {@code getValue}
   * @param next fetches the page a {@code nextLink} names
   */
  public static <P extends BaseCollectionPaginationCountResponse, T> GraphPages<P, T> of(
      Function<P, List<T>> items, Function<String, P> next) {
    return new GraphPages<>(items, BaseCollectionPaginationCountResponse::getOdataNextLink, next);
  }

  /** Pages of a delta round; the last page carries the {@code deltaLink} of the next round. */
  public static <P extends BaseDeltaFunctionResponse, T> GraphPages<P, T> ofDelta(
      Function<P, List<T>> items, Function<String, P> next) {
    return new GraphPages<>(items, BaseDeltaFunctionResponse::getOdataNextLink, next);
  }

  /** Every item of every page, in order. */
  public Walk<P> forEach(P firstPage, Consumer<? super T> consumer) {
    return forEachWhile(
        firstPage,
        item -> {
          consumer.accept(item);
          return true;
        });
  }

  /**
   * Items in order while {@code consumer} answers true; after a false no further page is fetched. A
   * page without a body (the SDK gives null) ends the walk like a page without a next link.
   */
  public Walk<P> forEachWhile(P firstPage, Predicate<? super T> consumer) {
    if (firstPage == null) {
      return new Walk<>(Optional.empty(), 0);
    }
    P page = firstPage;
    int pages = 1;
    while (true) {
      List<T> values = items.apply(page);
      for (T item : values == null ? List.<T>of() : values) {
        if (!consumer.test(item)) {
          return new Walk<>(Optional.of(page), pages);
        }
      }
      String link = nextLink.apply(page);
      P following = link == null ? null : next.apply(link);
      if (following == null) {
        return new Walk<>(Optional.of(page), pages);
      }
      page = following;
      pages++;
    }
  }
}
