package org.teamward.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls at the same moment: each on its own thread, all released together by a barrier, so
 * that the server sees them as concurrent requests rather than one after another.
 */
public final class Concurrently {

  private Concurrently() {}

  /** The answers, in the order of the calls. */
  public static <T> List<T> run(List<Callable<T>> calls) {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CyclicBarrier start = new CyclicBarrier(calls.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> future : futures) {
        answers.add(future.get(2, TimeUnit.MINUTES));
      }
      return answers;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("a concurrent call failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  @SafeVarargs
  public static <T> List<T> run(Callable<T>... calls) {
    return run(List.of(calls));
  }
}
