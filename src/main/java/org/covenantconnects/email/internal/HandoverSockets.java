package org.covenantconnects.email.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.SQLException;
import java.util.Properties;

import javax.net.SocketFactory;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * The sockets of the database connections that record deliveries (ADR 061). A sender
 * thread can ask to be called back the moment its next statement has been handed to the
 * operating system, before the database has answered: the dispatcher lets a message go to
 * its mail server right after the commit that records its delivery has left, so that the
 * record and the hand-over happen together whenever this process dies.
 * <p>
 * PostgreSQL's driver makes its sockets here when the connection's {@code socketFactory}
 * property names this class. The driver writes and reads on the thread that runs the
 * statement, so the callback is kept per thread.
 */
public final class HandoverSockets extends SocketFactory {

	private static final ThreadLocal<Runnable> AFTER_NEXT_FLUSH = new ThreadLocal<>();

	/**
	 * A pool of {@code size} connections of its own, like the application's but made on
	 * these sockets; it connects when first asked. Without a pool to copy (the
	 * application's is not Hikari's, is not set up by address, or names sockets of its
	 * own), the application's own, on which a message is let go only once its record has
	 * answered.
	 */
	static DataSource pool(DataSource application, int size) {
		HikariDataSource model;
		try {
			if (!application.isWrapperFor(HikariDataSource.class)) {
				return application;
			}
			model = application.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			return application;
		}
		if (model.getJdbcUrl() == null || model.getJdbcUrl().contains("socketFactory=")
				|| model.getDataSourceProperties().containsKey("socketFactory")) {
			// Not set up by address, or on sockets of someone else's making.
			return application;
		}
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("delivery-records");
		pool.setJdbcUrl(model.getJdbcUrl());
		pool.setUsername(model.getUsername());
		pool.setPassword(model.getPassword());
		if (model.getDriverClassName() != null) {
			pool.setDriverClassName(model.getDriverClassName());
		}
		Properties properties = new Properties();
		properties.putAll(model.getDataSourceProperties());
		properties.setProperty("socketFactory", HandoverSockets.class.getName());
		pool.setDataSourceProperties(properties);
		pool.setMaximumPoolSize(Math.max(1, size));
		pool.setMinimumIdle(0);
		pool.setConnectionTimeout(model.getConnectionTimeout());
		pool.setValidationTimeout(model.getValidationTimeout());
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

	/** Closes a pool made by {@link #pool(DataSource, int)}, and no other. */
	static void close(DataSource pool, DataSource application) {
		if (pool != application && pool instanceof HikariDataSource own) {
			own.close();
		}
	}

	/**
	 * Runs {@code callback} on this thread right after the next statement this thread
	 * sends on such a socket has been handed to the operating system.
	 */
	static void afterNextStatement(Runnable callback) {
		AFTER_NEXT_FLUSH.set(callback);
	}

	/**
	 * Withdraws the callback if it has not run.
	 * @return whether it had run
	 */
	static boolean ran() {
		boolean waiting = AFTER_NEXT_FLUSH.get() != null;
		AFTER_NEXT_FLUSH.remove();
		return !waiting;
	}

	@Override
	public Socket createSocket() {
		return new HandoverSocket();
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = new HandoverSocket();
		socket.bind(new InetSocketAddress(localHost, localPort));
		socket.connect(new InetSocketAddress(host, port));
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		Socket socket = new HandoverSocket();
		socket.bind(new InetSocketAddress(localAddress, localPort));
		socket.connect(new InetSocketAddress(address, port));
		return socket;
	}

	private static Socket connected(InetSocketAddress address) throws IOException {
		Socket socket = new HandoverSocket();
		socket.connect(address);
		return socket;
	}

	@SuppressFBWarnings(value = "UNENCRYPTED_SOCKET",
			justification = "The database driver layers TLS over this socket when the connection asks for it, as over its own")
	private static final class HandoverSocket extends Socket {

		private OutputStream output;

		@Override
		public synchronized OutputStream getOutputStream() throws IOException {
			if (this.output == null) {
				this.output = new Flushed(super.getOutputStream());
			}
			return this.output;
		}

	}

	/** Runs the thread's callback once a flush has handed everything over. */
	private static final class Flushed extends FilterOutputStream {

		Flushed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
			Runnable callback = AFTER_NEXT_FLUSH.get();
			if (callback != null) {
				AFTER_NEXT_FLUSH.remove();
				callback.run();
			}
		}

	}

}
