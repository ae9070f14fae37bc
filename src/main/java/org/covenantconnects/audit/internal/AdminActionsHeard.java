package org.covenantconnects.audit.internal;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.identity.AdminAction;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each administrator action to the admin audit log as it happens, in the same
 * transaction: if the log cannot be written, the action does not happen either.
 */
@Component
class AdminActionsHeard {

	private final AdminAuditLog log;

	AdminActionsHeard(AdminAuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AdminAction action) {
		this.log.record(action.admin(), action.action(), action.subject(), action.detail(), action.at());
	}

}
