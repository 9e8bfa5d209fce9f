#pragma once

// What the indicators of conditions read from the requests and letters
// tables, as plain values for ConditionIndicator: this class only reads
// rows; DeliberationService checks permissions.

#include "core/Result.h"
#include "core/deliberations/ConditionIndicator.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace habeas {

class IndicatorRepository final {
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)

public:
    explicit IndicatorRepository(QSqlDatabase db);

    // Access requests received in `year` with a finding naming
    // `processingId`, each with its date in force and the local day of its
    // first reply (answered or refused).
    Result<std::vector<MeasuredRequest>> accessRequests(qint64 processingId, int year) const;

    struct LetterConcern final {
        QString requestReference;
        std::vector<qint64> processingIds;
    };
    // The request a letter was issued for and the processings its findings
    // name now; an empty reference when the letter is not found.
    Result<LetterConcern> letterConcern(qint64 letterId) const;

private:
    QSqlDatabase m_db;
};

} // namespace habeas
