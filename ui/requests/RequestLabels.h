#pragma once

// What a person reads for the stable keys of the requests feature: channels
// and rights, in the interface's language (states: Workflow::stateName).

#include "core/requests/Request.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace habeas {

class RequestLabels final {
    Q_DECLARE_TR_FUNCTIONS(RequestLabels)

public:
    static QString channel(Channel channel);
    // The requester as a list names them: "Surname First name", or
    // "Anonymised" once the case file's personal data is cleared.
    static QString requester(const RequestRow &row);
    // The rights as the register names them (French or English label by
    // the interface's language), for keys read from a request.
    explicit RequestLabels(const std::vector<Right> &rights = {});
    QString right(const QString &key) const;
    QString rights(const QString &commaSeparatedKeys) const;
    const std::vector<Right> &all() const { return m_rights; }

private:
    std::vector<Right> m_rights;
    std::map<QString, QString> m_labels;
};

} // namespace habeas
