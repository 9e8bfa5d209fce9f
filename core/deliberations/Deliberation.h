#pragma once

// Opinions of the supervisory authority (CCIN, now APDP) and the conditions
// they impose, which the DPO follows until each is met.

#include "core/deliberations/ConditionIndicator.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace habeas {

enum class Authority { Ccin, Apdp };
enum class DeliberationKind {
    FavourableOpinion,
    UnfavourableOpinion,
    Authorisation,
    Recommendation,
    Decision,
    Other,
    DraftOpinion, // an opinion on a draft law, ordinance or order
};
enum class DeliberationSubject { Implementation, Modification };
// "Rappelle que", "Demande que", "À la condition que", "Invite", …, "Considère que".
enum class ConditionKind { Reminder, Request, Condition, Invitation, Other, Consideration };
enum class ConditionStatus { Open, InProgress, Met, NotApplicable };

QString authorityKey(Authority value);
std::optional<Authority> authorityFromKey(const QString &key);
QString deliberationKindKey(DeliberationKind value);
std::optional<DeliberationKind> deliberationKindFromKey(const QString &key);
QString deliberationSubjectKey(DeliberationSubject value);
std::optional<DeliberationSubject> deliberationSubjectFromKey(const QString &key);
QString conditionKindKey(ConditionKind value);
std::optional<ConditionKind> conditionKindFromKey(const QString &key);
QString conditionStatusKey(ConditionStatus value);
std::optional<ConditionStatus> conditionStatusFromKey(const QString &key);

// A deliberation's number written one way whatever the Journal printed: a
// four-digit year and the sequence without zero padding ("2016-9" for
// "2016-09"), or the old two-digit form kept on two digits each ("09-07");
// any dash or hyphen accepted, spaces around it too. Empty when it is not
// a deliberation number.
QString deliberationNumberKey(const QString &printed);

// A condition's text written one way for comparing two prints of it:
// accents, case, spaces and the closing punctuation aside.
QString conditionTextKey(const QString &text);

struct DeliberationSection final {
    QString heading; // "I. Sur la finalité …"
    QString text;
};

// An earlier deliberation the text refers to.
struct CitedDeliberation final {
    QString number;
    QDate date;
    QString title;
};

struct Condition final {
    qint64 id = 0;
    qint64 deliberationId = 0;
    QString deliberationNumber;
    QDate deliberationDate;
    ConditionKind kind = ConditionKind::Condition;
    QString text;
    ConditionStatus status = ConditionStatus::Open;
    QString owner;
    QDate due;
    QString evidence;
    QString updatedBy;
    QDateTime updatedAt;
    std::optional<Indicator> indicator; // the figure Habeas measures for it, if any
};

struct ConditionChange final {
    QDateTime at;
    QString account;
    ConditionStatus from = ConditionStatus::Open;
    ConditionStatus to = ConditionStatus::Open;
    QString note;
};

struct Deliberation final {
    qint64 id = 0;
    QString number; // "2023-133"
    QDate date;
    Authority authority = Authority::Ccin;
    DeliberationKind kind = DeliberationKind::FavourableOpinion;
    DeliberationSubject subject = DeliberationSubject::Implementation;
    QString title;
    QString presentedBy;
    QString processing; // name of the processing concerned (added as referenced when unknown)
    QString journalNumber;
    QDate journalDate;
    QString sourceReference;
    QString fullText;
    std::vector<DeliberationSection> sections;
    std::vector<CitedDeliberation> citations;
    std::vector<Condition> conditions;
    int version = 1; // 1 + the earlier texts kept in deliberation_versions
};

// An earlier text of a deliberation, replaced by a republished or corrected
// one (DeliberationService::addVersion).
struct DeliberationVersion final {
    int version = 1;
    QDateTime replacedAt;
    QString account; // who imported the text that replaced it
    QString journalNumber;
    QDate journalDate;
    QString fullText;
};

struct DeliberationSummary final {
    qint64 id = 0;
    QString number;
    QDate date;
    Authority authority = Authority::Ccin;
    QString title;
    int openConditions = 0;
    DeliberationKind kind = DeliberationKind::FavourableOpinion;
    QString processing; // name of the linked processing, empty when none
    int conditions = 0; // all of them, met and not applicable included
    int version = 1;
};

} // namespace habeas
