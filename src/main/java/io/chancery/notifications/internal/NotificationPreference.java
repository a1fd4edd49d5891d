package io.chancery.notifications.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.chancery.expiry.EscalationLevel;

/** Whether a user wants e-mail for one level; without a row they do. */
@Entity
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

	@Id
	private Long userId;

	@Id
	@Enumerated(EnumType.STRING)
	private EscalationLevel level;

	private boolean email;

	protected NotificationPreference() {
	}

	public NotificationPreference(long userId, EscalationLevel level, boolean email) {
		this.userId = userId;
		this.level = level;
		this.email = email;
	}

	public EscalationLevel getLevel() {
		return level;
	}

	public boolean isEmail() {
		return email;
	}

	public record Key(Long userId, EscalationLevel level) implements Serializable {
	}

}
