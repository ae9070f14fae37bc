package org.covenantconnects.work.internal;

import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Lets an instance that is stopped cleanly (a deployment, a scale-in, SIGTERM) finish its
 * work before its database connections close.
 * <p>
 * It stops after the web server has finished the requests in hand, so the work those
 * requests began is already queued, and before any bean is destroyed: it stops taking
 * over other instances' work, then waits, for at most {@code connects.work.stop-timeout},
 * until no listener is running or queued and no scheduled job (a digest run,
 * housekeeping) is running. Listeners may queue emails meanwhile; the email senders,
 * which stop first and hand back what they claimed but did not send, leave those to the
 * instances that stay. Work still running after the timeout is left to be taken over,
 * like a dead instance's, and is said so in the log.
 */
@Component
public class WorkOnStop implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(WorkOnStop.class);

	/**
	 * After the web server's graceful shutdown and its stop (phases
	 * {@code DEFAULT_PHASE - 1024} and {@code - 2048}); lower phases stop later.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final ObjectProvider<Executor> listeners;

	private final ObjectProvider<ThreadPoolTaskScheduler> scheduler;

	private final WorkSettings settings;

	private volatile boolean running;

	WorkOnStop(@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> listeners,
			ObjectProvider<ThreadPoolTaskScheduler> scheduler, WorkSettings settings) {
		this.listeners = listeners;
		this.scheduler = scheduler;
		this.settings = settings;
	}

	/** Whether this instance still takes on other instances' work and retries. */
	public boolean takesNewWork() {
		return this.running;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		long deadline = System.nanoTime() + this.settings.stopTimeout().toNanos();
		while (busy() > 0 && System.nanoTime() - deadline < 0) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		int left = busy();
		if (left > 0) {
			log.warn(left + " piece(s) of work were still running or queued after " + this.settings.stopTimeout()
					+ "; another instance takes them over after " + this.settings.takeOverAfter());
		}
	}

	/** Listeners running or queued, and scheduled jobs running. */
	private int busy() {
		int busy = 0;
		if (this.listeners.getIfAvailable() instanceof ThreadPoolTaskExecutor executor) {
			busy += executor.getActiveCount() + executor.getQueueSize();
		}
		ThreadPoolTaskScheduler jobs = this.scheduler.getIfUnique();
		if (jobs != null) {
			busy += jobs.getActiveCount();
		}
		return busy;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
