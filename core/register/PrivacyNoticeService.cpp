#include "core/register/PrivacyNoticeService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/letters/Letterhead.h"
#include "core/register/ProcessingRepository.h"
#include "core/requests/Request.h"
#include "core/settings/Settings.h"
#include "core/vault/FileErrors.h"
#include "core/vault/Transaction.h"

#include <QCollator>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace habeas {

namespace {

// A processing the public is told about: described in the register, and
// neither a draft (not decided yet) nor retired (no longer run).
bool published(const ProcessingSummary &p)
{
    return p.described && p.status != ProcessingStatus::Draft && p.status != ProcessingStatus::Retired
           && !p.controller.trimmed().isEmpty();
}

} // namespace

PrivacyNoticeService::PrivacyNoticeService(Session &session) : m_session(session) {}

Result<QStringList> PrivacyNoticeService::departments()
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("register")); !allowed)
        return allowed.error();
    auto all = ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).list();
    if (!all)
        return all.error();
    QStringList names;
    QStringList keys;
    for (const ProcessingSummary &p : *all) {
        const QString key = searchKey(p.controller);
        if (published(p) && !keys.contains(key)) {
            keys << key;
            names << p.controller.trimmed();
        }
    }
    QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    return names;
}

Result<PrivacyNoticeFacts> PrivacyNoticeService::facts(const QString &department, const QString &language)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("register")); !allowed)
        return allowed.error();
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return makeError(ErrorCode::InvalidArgument, tr("A notice is written in French (fr) or English (en), not '%1'.").arg(language));
    ProcessingRepository register_(SessionStorage::database(m_session), m_session.clock());
    auto all = register_.list();
    if (!all)
        return all.error();
    const QString wanted = searchKey(department);
    PrivacyNoticeFacts facts;
    for (const ProcessingSummary &summary : *all) {
        if (!published(summary) || wanted.isEmpty() || searchKey(summary.controller) != wanted)
            continue;
        auto found = register_.find(summary.id);
        if (!found)
            return found.error();
        if (*found)
            facts.processings.push_back(**found);
    }
    if (facts.processings.empty())
        return makeError(ErrorCode::NotFound,
                         tr("The register has no processing of the department \"%1\" to tell the public about (drafts "
                            "and retired processings are left out).")
                             .arg(department.trimmed()));
    QCollator collator;
    std::sort(facts.processings.begin(), facts.processings.end(),
              [&](const Processing &a, const Processing &b) { return collator.compare(a.name, b.name) < 0; });
    facts.department = facts.processings.front().controller.trimmed();
    auto letterhead = LetterheadService(m_session).current();
    if (!letterhead)
        return letterhead.error();
    facts.letterhead = *letterhead;
    auto notice = settings();
    if (!notice)
        return notice.error();
    facts.onlineForm = notice->onlineForm;
    facts.identityProof = notice->identityProof;
    facts.language = language;
    facts.today = m_session.clock()->today();
    return facts;
}

Result<QByteArray> PrivacyNoticeService::html(const QString &department, const QString &language)
{
    auto made = facts(department, language);
    if (!made)
        return made.error();
    return PrivacyNotice::page(*made).toUtf8();
}

Result<RenderedPdf> PrivacyNoticeService::pdf(const QString &department, const QString &language)
{
    auto made = facts(department, language);
    if (!made)
        return made.error();
    return LetterRenderer(PrivacyNotice::content(*made)).pdf();
}

Result<void> PrivacyNoticeService::write(const QString &department, const QString &language, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        auto page = html(department, language);
        if (!page)
            return page.error();
        bytes = *page;
    } else if (suffix == QLatin1String("pdf")) {
        auto document = pdf(department, language);
        if (!document)
            return document.error();
        // Public: no need to keep it in locked memory.
        bytes = document->bytes.view().toByteArray();
    } else {
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("A notice is written as a web page (.html) or a PDF (.pdf); the file name says which."));
    }
    return writeFileAtomically(path, bytes, tr("The notice could not be written to %1.").arg(path));
}

Result<NoticeSettings> PrivacyNoticeService::settings() const
{
    if (m_session.isLocked())
        return makeError(ErrorCode::NotOpen, tr("The vault is locked."));
    const VaultSettings stored = m_session.settings();
    return NoticeSettings{stored.value(VaultSetting::NoticeOnlineForm), stored.value(VaultSetting::NoticeIdentityProof)};
}

Result<void> PrivacyNoticeService::saveSettings(const NoticeSettings &wanted)
{
    if (auto allowed = m_session.require(Permission::ManageSettings, QStringLiteral("settings"), QStringLiteral("notice"));
        !allowed)
        return allowed;
    const QString form = wanted.onlineForm.trimmed();
    const QString field = QStringLiteral("notice.onlineForm");
    if (form.size() > MaximumFormLength)
        return invalidInput(field, tr("The online form's address is longer than %1 characters.").arg(MaximumFormLength));
    if (form.contains(u'\n') || form.contains(u'\r'))
        return invalidInput(field, tr("Write the online form's address on one line."));
    if (form.contains(QStringLiteral("://"))) {
        const QUrl url(form, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return invalidInput(field, tr("The online form's address must be a web address (https://…)."));
    }
    auto before = settings();
    if (!before)
        return before.error();
    return inTransaction(SessionStorage::database(m_session), tr("The notice's settings could not be saved."),
                         [&]() -> Result<void> {
                             VaultSettings stored = m_session.settings();
                             QStringList changed;
                             if (form != before->onlineForm) {
                                 if (auto saved = stored.setValue(VaultSetting::NoticeOnlineForm, form); !saved)
                                     return saved;
                                 changed << QLatin1String(VaultSetting::NoticeOnlineForm.key);
                             }
                             if (wanted.identityProof != before->identityProof) {
                                 if (auto saved = stored.setValue(VaultSetting::NoticeIdentityProof, wanted.identityProof); !saved)
                                     return saved;
                                 changed << QLatin1String(VaultSetting::NoticeIdentityProof.key);
                             }
                             if (changed.isEmpty())
                                 return {};
                             return m_session.record(AuditAction::SettingsChange, QStringLiteral("settings"),
                                                     QStringLiteral("notice"), changed.join(u','));
                         });
}

} // namespace habeas
