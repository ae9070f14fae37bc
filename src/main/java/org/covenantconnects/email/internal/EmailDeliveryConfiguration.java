package org.covenantconnects.email.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.email.Emails;
import uk.gov.service.notify.NotificationClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Chooses how email leaves the service: through GOV.UK Notify when
 * {@code CONNECTS_NOTIFY_API_KEY} is set, otherwise over SMTP when
 * {@code SPRING_MAIL_HOST} is set, otherwise recorded in the database for administrators
 * (the zero-setup default).
 */
@Configuration(proxyBeanMethods = false)
class EmailDeliveryConfiguration {

	private static final Log log = LogFactory.getLog(EmailDeliveryConfiguration.class);

	@Bean
	EmailDelivery emailDelivery(ObjectProvider<JavaMailSenderImpl> mailSender,
			@Value("${connects.notify.api-key:}") String notifyApiKey,
			@Value("${connects.notify.template-id:}") String notifyTemplateId,
			@Value("${connects.notify.base-url:https://api.notifications.service.gov.uk}") String notifyBaseUrl,
			@Value("${connects.mail.from}") String from,
			@Value("${connects.mail.message-id-domain:covenantconnects.invalid}") String messageIdDomain) {
		if (StringUtils.hasText(notifyApiKey)) {
			if (!StringUtils.hasText(notifyTemplateId)) {
				throw new IllegalStateException(
						"CONNECTS_NOTIFY_API_KEY is set but CONNECTS_NOTIFY_TEMPLATE_ID is not: "
								+ "name the GOV.UK Notify email template whose subject is ((subject)) and body ((body))");
			}
			log.info("Emails are sent through GOV.UK Notify at " + notifyBaseUrl);
			return new NotifyDelivery(new NotificationClient(notifyApiKey.strip(), notifyBaseUrl),
					notifyTemplateId.strip());
		}
		JavaMailSenderImpl smtp = mailSender.getIfAvailable();
		if (smtp != null) {
			log.info("Emails are sent over SMTP through " + smtp.getHost() + ":" + smtp.getPort());
			return new SmtpDelivery(smtp, from, messageIdDomain);
		}
		log.info("No mail server is configured: emails are recorded and shown at /admin/messages");
		return () -> (email) -> EmailDelivery.Outcome.RECORDED;
	}

}
