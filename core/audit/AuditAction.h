#pragma once

// Every action the audit log records, in one table: the stable key stored
// in the log ("request.transition") and the label a person reads, in the
// interface's language. A service can only record an action listed here,
// so the log viewer and the CLI have a label for every entry.

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace habeas {

enum class AuditAction {
    VaultCreate,
    VaultCheck,
    Login,
    LoginFailed,
    Logout,
    Lock,
    Unlock,
    PasswordChange,
    PasswordChangeRefused,
    AccountCreate,
    AccountDisable,
    AccountEnable,
    AccountPasswordReset,
    PermissionDenied,
    BackupCreate,
    BackupRestore,
    SettingsChange,
    AuditVerify,
    AuditExportHead,
    RequestCreate,
    RequestView,
    RequestTransition,
    RequestTransitionRefused,
    RequestExtend,
    RequestFindings,
    RightArticle,
    DocumentCapture,
    DocumentView,
    DocumentVerify,
    DocumentDestroy,
    ProcessingCreate,
    ProcessingUpdate,
    DeliberationCreate,
    ConditionUpdate,
    CheckpointDeferred,
    VaultKeyChange,
    VaultKeyChangeDeferred,
    AccountRepair,
    AccountGrant,
    DocumentCaseKey,
    DocumentCaseKeyShare,
    RequestUpdate,
    RequestNote,
    RequestAnonymise,
    LetterIssue,
    LetterView,
    LetterPrint,
    LetterExport,
    LetterTemplateSave,
    DeliberationLink,
    RegisterExport,
    RegisterInspection,
    DeliberationVersion,
};

class AuditActions final {
    Q_DECLARE_TR_FUNCTIONS(AuditAction)

public:
    static std::span<const AuditAction> all();
    // The key stored in the log; never changes once released.
    static QString key(AuditAction action);
    static std::optional<AuditAction> fromKey(const QString &key);
    // Translated label ("Request moved to another state").
    static QString label(AuditAction action);
    // The label of a key read from a log; a key this version does not know
    // (written by a newer Habeas) is shown as it is.
    static QString labelForKey(const QString &key);
    // What kind of object an entry is about ("request" → "Request"),
    // translated; unknown kinds as they are.
    static QString objectLabel(const QString &objectType);
};

} // namespace habeas
