#include "core/audit/AuditAction.h"

#include <array>

namespace habeas {

namespace {

struct ActionRow {
    AuditAction action;
    const char *key;
    const char *label;
};

// In the order of the enum; keys are part of the log format.
constexpr std::array<ActionRow, 53> Table = {{
    {AuditAction::VaultCreate, "vault.create", QT_TRANSLATE_NOOP("AuditAction", "Vault created")},
    {AuditAction::VaultCheck, "vault.check", QT_TRANSLATE_NOOP("AuditAction", "Vault checked")},
    {AuditAction::Login, "login", QT_TRANSLATE_NOOP("AuditAction", "Signed in")},
    {AuditAction::LoginFailed, "login.failed", QT_TRANSLATE_NOOP("AuditAction", "Failed sign-in")},
    {AuditAction::Logout, "logout", QT_TRANSLATE_NOOP("AuditAction", "Signed out")},
    {AuditAction::Lock, "lock", QT_TRANSLATE_NOOP("AuditAction", "Locked")},
    {AuditAction::Unlock, "unlock", QT_TRANSLATE_NOOP("AuditAction", "Unlocked")},
    {AuditAction::PasswordChange, "password.change", QT_TRANSLATE_NOOP("AuditAction", "Password changed")},
    {AuditAction::PasswordChangeRefused, "password.change-refused",
     QT_TRANSLATE_NOOP("AuditAction", "Password change refused")},
    {AuditAction::AccountCreate, "account.create", QT_TRANSLATE_NOOP("AuditAction", "Account created")},
    {AuditAction::AccountDisable, "account.disable", QT_TRANSLATE_NOOP("AuditAction", "Account disabled")},
    {AuditAction::AccountEnable, "account.enable", QT_TRANSLATE_NOOP("AuditAction", "Account enabled")},
    {AuditAction::AccountPasswordReset, "account.password-reset", QT_TRANSLATE_NOOP("AuditAction", "Password reset")},
    {AuditAction::PermissionDenied, "permission.denied", QT_TRANSLATE_NOOP("AuditAction", "Action refused")},
    {AuditAction::BackupCreate, "backup.create", QT_TRANSLATE_NOOP("AuditAction", "Backup made")},
    {AuditAction::BackupRestore, "backup.restore", QT_TRANSLATE_NOOP("AuditAction", "Backup restored")},
    {AuditAction::SettingsChange, "settings.change", QT_TRANSLATE_NOOP("AuditAction", "Settings changed")},
    {AuditAction::AuditVerify, "audit.verify", QT_TRANSLATE_NOOP("AuditAction", "Audit chain verified")},
    {AuditAction::AuditExportHead, "audit.export-head", QT_TRANSLATE_NOOP("AuditAction", "Audit head exported")},
    {AuditAction::RequestCreate, "request.create", QT_TRANSLATE_NOOP("AuditAction", "Request recorded")},
    {AuditAction::RequestView, "request.view", QT_TRANSLATE_NOOP("AuditAction", "Request consulted")},
    {AuditAction::RequestTransition, "request.transition", QT_TRANSLATE_NOOP("AuditAction", "Request state changed")},
    {AuditAction::RequestTransitionRefused, "request.transition-refused",
     QT_TRANSLATE_NOOP("AuditAction", "Request state change refused")},
    {AuditAction::RequestExtend, "request.extend", QT_TRANSLATE_NOOP("AuditAction", "Deadline extended")},
    {AuditAction::RequestFindings, "request.findings", QT_TRANSLATE_NOOP("AuditAction", "Findings recorded")},
    {AuditAction::RightArticle, "right.article", QT_TRANSLATE_NOOP("AuditAction", "Legal article of a right changed")},
    {AuditAction::DocumentCapture, "document.capture", QT_TRANSLATE_NOOP("AuditAction", "Identity document captured")},
    {AuditAction::DocumentView, "document.view", QT_TRANSLATE_NOOP("AuditAction", "Identity document viewed")},
    {AuditAction::DocumentVerify, "document.verify", QT_TRANSLATE_NOOP("AuditAction", "Identity verified")},
    {AuditAction::DocumentDestroy, "document.destroy", QT_TRANSLATE_NOOP("AuditAction", "Identity document destroyed")},
    {AuditAction::ProcessingCreate, "processing.create",
     QT_TRANSLATE_NOOP("AuditAction", "Processing added to the register")},
    {AuditAction::ProcessingUpdate, "processing.update", QT_TRANSLATE_NOOP("AuditAction", "Processing updated")},
    {AuditAction::DeliberationCreate, "deliberation.create", QT_TRANSLATE_NOOP("AuditAction", "Deliberation recorded")},
    {AuditAction::ConditionUpdate, "condition.update", QT_TRANSLATE_NOOP("AuditAction", "Condition followed up")},
    {AuditAction::CheckpointDeferred, "vault.checkpoint-deferred",
     QT_TRANSLATE_NOOP("AuditAction", "Journal write-back deferred")},
    {AuditAction::VaultKeyChange, "vault.key-change", QT_TRANSLATE_NOOP("AuditAction", "Vault key changed")},
    {AuditAction::VaultKeyChangeDeferred, "vault.key-change-deferred",
     QT_TRANSLATE_NOOP("AuditAction", "Vault key change deferred")},
    {AuditAction::AccountRepair, "account.repair",
     QT_TRANSLATE_NOOP("AuditAction", "Account repaired after an interrupted change")},
    {AuditAction::AccountGrant, "account.grant",
     QT_TRANSLATE_NOOP("AuditAction", "Account rights and key signed by an administrator")},
    {AuditAction::DocumentCaseKey, "document.case-key",
     QT_TRANSLATE_NOOP("AuditAction", "Key protecting identity documents created")},
    {AuditAction::DocumentCaseKeyShare, "document.case-key-share",
     QT_TRANSLATE_NOOP("AuditAction", "Key protecting identity documents given to an account")},
    {AuditAction::RequestUpdate, "request.update", QT_TRANSLATE_NOOP("AuditAction", "Request edited")},
    {AuditAction::RequestNote, "request.note", QT_TRANSLATE_NOOP("AuditAction", "Note added to a request")},
    {AuditAction::RequestAnonymise, "request.anonymise",
     QT_TRANSLATE_NOOP("AuditAction", "Ended request anonymised (retention period over)")},
    {AuditAction::LetterIssue, "letter.issue", QT_TRANSLATE_NOOP("AuditAction", "Letter issued and archived")},
    {AuditAction::LetterView, "letter.view", QT_TRANSLATE_NOOP("AuditAction", "Archived letter shown")},
    {AuditAction::LetterPrint, "letter.print", QT_TRANSLATE_NOOP("AuditAction", "Letter sent to a printer")},
    {AuditAction::LetterExport, "letter.export",
     QT_TRANSLATE_NOOP("AuditAction", "Letter exported as an encrypted PDF")},
    {AuditAction::LetterTemplateSave, "letter.template-save",
     QT_TRANSLATE_NOOP("AuditAction", "New version of a letter template saved")},
    {AuditAction::DeliberationLink, "deliberation.link",
     QT_TRANSLATE_NOOP("AuditAction", "Deliberation linked to a processing of the register")},
    {AuditAction::RegisterExport, "register.export",
     QT_TRANSLATE_NOOP("AuditAction", "Register or one of its entries exported as an encrypted PDF")},
    {AuditAction::RegisterInspection, "register.inspection",
     QT_TRANSLATE_NOOP("AuditAction", "Inspection file for the authority exported as an encrypted PDF")},
    {AuditAction::DeliberationVersion, "deliberation.version",
     QT_TRANSLATE_NOOP("AuditAction", "Deliberation's text replaced by a new version, its conditions kept")},
}};

constexpr bool tableFollowsEnum()
{
    for (std::size_t i = 0; i < Table.size(); ++i) {
        if (static_cast<std::size_t>(Table[i].action) != i)
            return false;
    }
    return true;
}
static_assert(tableFollowsEnum(), "one row per AuditAction, in enum order");
static_assert(static_cast<std::size_t>(AuditAction::DeliberationVersion) + 1 == Table.size(), "every AuditAction has a row");

constexpr auto AllActions = [] {
    std::array<AuditAction, Table.size()> all{};
    for (std::size_t i = 0; i < Table.size(); ++i)
        all[i] = Table[i].action;
    return all;
}();

// The kinds of object entries name (Session::record's objectType).
constexpr std::pair<const char *, const char *> Objects[] = {
    {"account", QT_TRANSLATE_NOOP("AuditAction", "Account")},
    {"accounts", QT_TRANSLATE_NOOP("AuditAction", "Accounts")},
    {"audit-log", QT_TRANSLATE_NOOP("AuditAction", "Audit log")},
    {"condition", QT_TRANSLATE_NOOP("AuditAction", "Condition")},
    {"conditions", QT_TRANSLATE_NOOP("AuditAction", "Conditions")},
    {"deliberation", QT_TRANSLATE_NOOP("AuditAction", "Deliberation")},
    {"deliberations", QT_TRANSLATE_NOOP("AuditAction", "Deliberations")},
    {"processing", QT_TRANSLATE_NOOP("AuditAction", "Processing")},
    {"register", QT_TRANSLATE_NOOP("AuditAction", "Register")},
    {"request", QT_TRANSLATE_NOOP("AuditAction", "Request")},
    {"requests", QT_TRANSLATE_NOOP("AuditAction", "Requests")},
    {"right", QT_TRANSLATE_NOOP("AuditAction", "Right")},
    {"rights", QT_TRANSLATE_NOOP("AuditAction", "Rights")},
    {"settings", QT_TRANSLATE_NOOP("AuditAction", "Settings")},
    {"vault", QT_TRANSLATE_NOOP("AuditAction", "Vault")},
};

} // namespace

QString AuditActions::objectLabel(const QString &objectType)
{
    for (const auto &[key, label] : Objects) {
        if (objectType == QLatin1String(key))
            return tr(label);
    }
    return objectType;
}

std::span<const AuditAction> AuditActions::all()
{
    return AllActions;
}

QString AuditActions::key(AuditAction action)
{
    return QString::fromLatin1(Table[static_cast<std::size_t>(action)].key);
}

std::optional<AuditAction> AuditActions::fromKey(const QString &key)
{
    for (const ActionRow &row : Table) {
        if (key == QLatin1String(row.key))
            return row.action;
    }
    return std::nullopt;
}

QString AuditActions::label(AuditAction action)
{
    return tr(Table[static_cast<std::size_t>(action)].label);
}

QString AuditActions::labelForKey(const QString &key)
{
    const auto action = fromKey(key);
    return action ? label(*action) : key;
}

} // namespace habeas
