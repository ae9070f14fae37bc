package org.covenantconnects.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.Dataset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads one demo account per role. Runs at start-up, repeatably: accounts that exist are
 * left as they are. Start-up fails, and nothing is written, if the database holds real
 * data.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	/**
	 * The password of every demo account; shown in the README, so never use it for real.
	 */
	static final String PASSWORD = "covenant-demo";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("Jade Okafor", "care-leaver@example.com", Role.CARE_LEAVER),
			new DemoAccount("Sam Patel", "supporter@example.com", Role.SUPPORTER),
			new DemoAccount("Priya Shah", "signatory@example.com", Role.SIGNATORY),
			new DemoAccount("Chris Morgan", "coordinator@example.com", Role.COORDINATOR),
			new DemoAccount("Alex Reid", "admin@example.com", Role.ADMIN));

	private static final Log log = LogFactory.getLog(DemoData.class);

	private final Dataset dataset;

	private final Accounts accounts;

	DemoData(Dataset dataset, Accounts accounts) {
		this.dataset = dataset;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyReal() && this.dataset.kind().filter(Dataset.Kind.demo::equals).isEmpty()) {
			throw new IllegalStateException(
					"This database holds real accounts; demo data will not be loaded into it. Start without the demo profile, or use an empty data folder.");
		}
		this.dataset.claimFor(Dataset.Kind.demo);
		for (DemoAccount account : ACCOUNTS) {
			this.accounts.createDemoAccount(account.name(), account.email(), PASSWORD, account.role());
		}
		log.info("Demo data ready: sign in as any of " + ACCOUNTS.stream().map(DemoAccount::email).toList()
				+ " with the password '" + PASSWORD + "'");
	}

	record DemoAccount(String name, String email, Role role) {

	}

}
