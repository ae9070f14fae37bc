package org.covenantconnects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Covenant Connects: offers of support from Care Leaver Covenant signatories, and the
 * young people leaving care who take them up.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class ConnectsApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConnectsApplication.class, args);
	}

}
