#include "ui/requests/RequestLabels.h"

#include <QLocale>
#include <QStringList>

namespace habeas {

QString RequestLabels::requester(const RequestRow &row)
{
    if (row.anonymised)
        return tr("Anonymised");
    return row.firstName.isEmpty() ? row.surname : tr("%1 %2", "surname, first name").arg(row.surname, row.firstName);
}

QString RequestLabels::channel(Channel channel)
{
    switch (channel) {
    case Channel::Post: return tr("Post");
    case Channel::Email: return tr("Email");
    case Channel::OnlineForm: return tr("Online form");
    case Channel::OnSite: return tr("At the counter");
    case Channel::Other: return tr("Other");
    }
    return {};
}

RequestLabels::RequestLabels(const std::vector<Right> &rights) : m_rights(rights)
{
    const bool french = QLocale().language() == QLocale::French;
    for (const Right &right : m_rights)
        m_labels[right.key] = french ? right.labelFr : right.labelEn;
}

QString RequestLabels::right(const QString &key) const
{
    const auto found = m_labels.find(key);
    return found == m_labels.end() ? key : found->second;
}

QString RequestLabels::rights(const QString &commaSeparatedKeys) const
{
    QStringList labels;
    for (const QString &key : commaSeparatedKeys.split(u',', Qt::SkipEmptyParts))
        labels << right(key);
    return labels.join(QStringLiteral(", "));
}

} // namespace habeas
