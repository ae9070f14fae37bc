package org.covenantconnects.platform;

import java.util.List;

import org.springframework.util.Assert;

/**
 * What one module declares about the columns of its tables that hold a person's data:
 * whether each goes into the person's download and what their erasure does to it. Each
 * module that keeps personal data has exactly one bean of this type, next to the code
 * that downloads and erases it, and {@code PersonalDataCoverageTests} compares every
 * declaration with the database catalogue, so that a new column holding a person's data
 * cannot be left out of both.
 */
public interface PersonalColumns {

	/** The module declaring, for messages. */
	String module();

	/** Every column of the module's tables that holds or points to a person. */
	List<Column> columns();

	/** What erasing a person does to a column. */
	enum Erased {

		/** The rows about the person are deleted. */
		ROW_DELETED,

		/**
		 * The row stays, because other people's records or counts depend on it, and the
		 * person's part of it is set to null or to a value that names nobody.
		 */
		BLANKED,

		/**
		 * Not erased, for the reason given: the column belongs to someone who cannot
		 * erase themselves here (staff), or to an organisation rather than a person.
		 */
		KEPT

	}

	/**
	 * One declared column.
	 *
	 * @param downloaded whether the person finds it in the download of their data
	 * @param why for {@link Erased#KEPT}, the reason it is kept; otherwise may be empty
	 */
	record Column(String table, String column, boolean downloaded, Erased erased, String why) {

		public Column {
			Assert.hasText(table, "table must not be empty");
			Assert.hasText(column, "column must not be empty");
			Assert.isTrue(erased != Erased.KEPT || (why != null && !why.isBlank()), "a kept column needs its reason");
		}

		/** A column found in the download and erased as stated. */
		public static Column both(String table, String column, Erased erased) {
			return new Column(table, column, true, erased, "");
		}

		/** A column erased as stated but not in the download (it names someone else). */
		public static Column erasedOnly(String table, String column, Erased erased, String why) {
			return new Column(table, column, false, erased, why);
		}

		/** A column kept, with the reason. */
		public static Column kept(String table, String column, boolean downloaded, String why) {
			return new Column(table, column, downloaded, Erased.KEPT, why);
		}

	}

}
