package org.covenantconnects.alert;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Chooses how email leaves the service: over SMTP when {@code SPRING_MAIL_HOST} is set,
 * otherwise recorded in the database for administrators (the zero-setup default).
 */
@Configuration(proxyBeanMethods = false)
class EmailDeliveryConfiguration {

	@Bean
	@ConditionalOnProperty(prefix = "spring.mail", name = "host")
	EmailDelivery smtpDelivery(JavaMailSenderImpl mailSender, @Value("${connects.mail.from}") String from,
			@Value("${connects.mail.domain:covenantconnects.invalid}") String domain) {
		return (messageId, email) -> {
			try {
				MimeMessage message = new MimeMessage(mailSender.getSession()) {
					@Override
					protected void updateMessageID() throws MessagingException {
						setHeader("Message-ID", "<" + messageId + "@" + domain + ">");
					}
				};
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(from);
				helper.setTo(email.recipient());
				helper.setSubject(email.subject());
				helper.setText(email.textBody());
				mailSender.send(message);
				return EmailDelivery.Outcome.SENT;
			}
			catch (MessagingException ex) {
				throw new MailSendException("Could not build message " + messageId, ex);
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean(EmailDelivery.class)
	EmailDelivery recordingDelivery() {
		return (messageId, email) -> EmailDelivery.Outcome.RECORDED;
	}

}
