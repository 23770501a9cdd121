"""Audit actions and record kinds in plain words, for the Audit log tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ACTIONS = {
    "login.success": QT_TRANSLATE_NOOP("AuditWords", "logged in"),
    "login.failure": QT_TRANSLATE_NOOP("AuditWords", "failed to log in"),
    "organization.create": QT_TRANSLATE_NOOP("AuditWords", "created the organization"),
    "organization.update": QT_TRANSLATE_NOOP("AuditWords", "changed the organization"),
    "organization.approve": QT_TRANSLATE_NOOP("AuditWords", "approved the organization"),
    "organization.reject": QT_TRANSLATE_NOOP("AuditWords", "rejected the organization"),
    "user.create": QT_TRANSLATE_NOOP("AuditWords", "created a user account"),
    "user.update": QT_TRANSLATE_NOOP("AuditWords", "changed a user account"),
    "user.delete": QT_TRANSLATE_NOOP("AuditWords", "removed a user account"),
    "contest.create": QT_TRANSLATE_NOOP("AuditWords", "created a contest"),
    "contest.update": QT_TRANSLATE_NOOP("AuditWords", "changed a contest"),
    "contest.delete": QT_TRANSLATE_NOOP("AuditWords", "deleted a contest"),
    "stage.create": QT_TRANSLATE_NOOP("AuditWords", "added a stage"),
    "stage.update": QT_TRANSLATE_NOOP("AuditWords", "changed a stage"),
    "stage.delete": QT_TRANSLATE_NOOP("AuditWords", "deleted a stage"),
    "criterion.create": QT_TRANSLATE_NOOP("AuditWords", "added a criterion"),
    "criterion.update": QT_TRANSLATE_NOOP("AuditWords", "changed a criterion"),
    "criterion.delete": QT_TRANSLATE_NOOP("AuditWords", "deleted a criterion"),
    "assignment.create": QT_TRANSLATE_NOOP("AuditWords", "assigned an evaluator"),
    "assignment.update": QT_TRANSLATE_NOOP("AuditWords", "changed an assignment"),
    "assignment.delete": QT_TRANSLATE_NOOP("AuditWords", "removed an assignment"),
    "decision.create": QT_TRANSLATE_NOOP("AuditWords", "recorded a stage decision"),
    "decision.update": QT_TRANSLATE_NOOP("AuditWords", "changed a stage decision"),
    "score_reset.create": QT_TRANSLATE_NOOP("AuditWords", "reset a stage's scores"),
    "implementation.create": QT_TRANSLATE_NOOP("AuditWords", "started implementation tracking"),
    "implementation.update": QT_TRANSLATE_NOOP("AuditWords", "updated implementation progress"),
    "interest_conflict.create": QT_TRANSLATE_NOOP("AuditWords", "declared a conflict of interest"),
    "mail.failed": QT_TRANSLATE_NOOP("AuditWords", "an e-mail could not be delivered"),
}

_KINDS = {
    "organization": QT_TRANSLATE_NOOP("AuditWords", "organization"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "user"),
    "contest": QT_TRANSLATE_NOOP("AuditWords", "contest"),
    "stage": QT_TRANSLATE_NOOP("AuditWords", "stage"),
    "criterion": QT_TRANSLATE_NOOP("AuditWords", "criterion"),
    "assignment": QT_TRANSLATE_NOOP("AuditWords", "assignment"),
    "mail": QT_TRANSLATE_NOOP("AuditWords", "e-mail"),
    "decision": QT_TRANSLATE_NOOP("AuditWords", "decision"),
    "score_reset": QT_TRANSLATE_NOOP("AuditWords", "score reset"),
    "implementation": QT_TRANSLATE_NOOP("AuditWords", "implementation"),
    "interest_conflict": QT_TRANSLATE_NOOP("AuditWords", "conflict of interest"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_words(action: str) -> str:
    """``contest.update`` -> "changed a contest"; an action added later is shown as is."""
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def target_words(entry: dict) -> str:
    """What the action was about: the name the entry recorded, else the kind and short id;
    for a change, which fields changed."""
    details = entry.get("details") or {}
    kind = entry.get("target_kind") or ""
    if entry.get("action") == "mail.failed":
        template = QCoreApplication.translate("AuditWords", "%1 after %2 attempts")
        return template.replace("%1", str(details.get("event", ""))) \
            .replace("%2", str(details.get("attempts", "")))
    label = _tr(_KINDS[kind]) if kind in _KINDS else kind
    name = next((details[k] for k in ("title", "name", "username") if details.get(k)), None)
    if name:
        text = f"{label} «{name}»"
    elif entry.get("target_id"):
        text = f"{label} {str(entry['target_id'])[:8]}"
    else:
        text = label
    changed = details.get("changed")
    if isinstance(changed, dict) and changed:
        fields = ", ".join(sorted(changed))
        text += " — " + QCoreApplication.translate("AuditWords", "changed: %1").replace("%1", fields)
    return text
