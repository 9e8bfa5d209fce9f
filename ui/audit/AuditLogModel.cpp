#include "ui/audit/AuditLogModel.h"

#include <QLocale>

namespace habeas {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setDatabase(const QSqlDatabase &db)
{
    beginResetModel();
    m_db = db;
    m_entries.clear();
    m_atEnd = true; // views may ask for more while the reset is announced
    endResetModel();
    m_atEnd = !m_db.isOpen();
    if (!m_atEnd)
        fetchMore({});
}

void AuditLogModel::clear()
{
    setDatabase(QSqlDatabase());
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_entries.empty() ? 0 : m_entries.back().seq;
    auto page = AuditLog(m_db).latest(PageSize, before);
    if (!page || page->empty()) {
        m_atEnd = true;
        return;
    }
    // Views react to the insertion by asking for more: answer from the
    // state after this page, and not again from inside it.
    m_fetching = true;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_entries.insert(m_entries.end(), page->begin(), page->end());
    m_atEnd = page->size() < std::size_t(PageSize) || m_entries.back().seq <= 1;
    endInsertRows();
    m_fetching = false;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const AuditEntry &entry = m_entries[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq: return entry.seq;
    case Time: {
        const QDateTime at = QDateTime::fromString(entry.atUtc, Qt::ISODateWithMs);
        return role == Qt::ToolTipRole ? entry.atUtc : QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case Account: return entry.account;
    case Action: return role == Qt::ToolTipRole ? entry.action : actionLabel(entry.action);
    case Object: return entry.objectId.isEmpty() ? entry.objectType : entry.objectType + u' ' + entry.objectId;
    case Detail: return entry.detail;
    default: return {};
    }
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"vault.create", QT_TR_NOOP("Vault created")},
        {"vault.check", QT_TR_NOOP("Vault checked")},
        {"login", QT_TR_NOOP("Signed in")},
        {"login.failed", QT_TR_NOOP("Failed sign-in")},
        {"logout", QT_TR_NOOP("Signed out")},
        {"lock", QT_TR_NOOP("Locked")},
        {"unlock", QT_TR_NOOP("Unlocked")},
        {"password.change", QT_TR_NOOP("Password changed")},
        {"password.change-refused", QT_TR_NOOP("Password change refused")},
        {"account.create", QT_TR_NOOP("Account created")},
        {"account.disable", QT_TR_NOOP("Account disabled")},
        {"account.enable", QT_TR_NOOP("Account enabled")},
        {"account.password-reset", QT_TR_NOOP("Password reset")},
        {"permission.denied", QT_TR_NOOP("Action refused")},
        {"backup.create", QT_TR_NOOP("Backup made")},
        {"settings.change", QT_TR_NOOP("Settings changed")},
        {"audit.verify", QT_TR_NOOP("Audit chain verified")},
        {"audit.export-head", QT_TR_NOOP("Audit head exported")},
    };
    for (const auto &[key, label] : labels) {
        if (action == QLatin1String(key))
            return tr(label);
    }
    return action;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case Account: return tr("Account");
    case Action: return tr("Action");
    case Object: return tr("Object");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace habeas
