#pragma once

// The register of processings ("traitements"): what personal data a
// department processes, why, on which legal basis, for how long, who sees
// it, and which other processings it is linked to.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace habeas {

enum class ProcessingStatus { Draft, Submitted, OpinionReceived, InOperation, Retired };
enum class LegalBasis { LegalObligation, PublicInterest, Consent, Contract, LegitimateInterest, VitalInterest };
enum class LinkKind { Interconnection, Matching };

QString processingStatusKey(ProcessingStatus status);
std::optional<ProcessingStatus> processingStatusFromKey(const QString &key);
QString legalBasisKey(LegalBasis basis);
std::optional<LegalBasis> legalBasisFromKey(const QString &key);
QString linkKindKey(LinkKind kind);
std::optional<LinkKind> linkKindFromKey(const QString &key);
// The kinds of access a recipient can have.
const QStringList &accessKinds(); // "entry", "update", "consultation", "maintenance"

// A legal text cited by processings (shared between them).
struct LegalText final {
    QString title;
    QDate date;
    QString reference;
    bool operator==(const LegalText &) const = default;
};

struct DataCategory final {
    QString name;
    QString retention;                // as written: "60 days to archive …"
    std::optional<int> retentionDays; // when the program can compute with it
    bool operator==(const DataCategory &) const = default;
};

struct Recipient final {
    QString name;
    QStringList access; // keys of accessKinds()
    bool operator==(const Recipient &) const = default;
};

struct ProcessingLink final {
    LinkKind kind = LinkKind::Interconnection;
    QString target; // the other processing's name; created as "referenced only" when unknown
    bool operator==(const ProcessingLink &) const = default;
};

struct Processing final {
    qint64 id = 0;
    QString reference;
    QString name; // the purpose ("finalité")
    QString controller; // the department
    ProcessingStatus status = ProcessingStatus::Draft;
    // False for a processing only referenced by another (named, not yet
    // described in the register).
    bool described = true;
    QStringList functionalities;
    std::optional<LegalBasis> legalBasis;
    QString legalJustification;
    std::vector<LegalText> legalTexts;
    QStringList subjectCategories;
    std::vector<DataCategory> dataCategories;
    QString dataSource; // where the data comes from (the person, another processing, …)
    // Whether the person must give the data (unset: the register does not
    // say), and what follows when they do not; the public notice states both.
    std::optional<bool> dataMandatory;
    QString mandatoryReason;
    std::vector<Recipient> recipients;
    std::vector<ProcessingLink> links;
    QString transfers;
    QString securityMeasures;
    QString informationOfSubjects;
    QString rightsExercise;
};

struct ProcessingSummary final {
    qint64 id = 0;
    QString reference;
    QString name;
    QString controller;
    ProcessingStatus status = ProcessingStatus::Draft;
    bool described = true;
    std::optional<LegalBasis> legalBasis;
    // Conditions of its deliberations still open or in progress.
    int openConditions = 0;
    QDateTime updatedAt; // UTC, the last save
};

// One field of a change, written out as fieldText() gives it.
struct FieldChange final {
    QString field;
    QString before;
    QString after;
};

struct ProcessingChange final {
    QDateTime at;
    QString account;
    QStringList fields; // names of the fields that changed
    // Their values before and after, in the order of `fields`; empty for
    // the creation and for changes saved before the history kept values.
    std::vector<FieldChange> values;
};

// The fields of `after` that differ from `before` ("name", "recipients", …).
QStringList changedFields(const Processing &before, const Processing &after);
// A field named as changedFields() names it, written out as plain text for
// the history: lists one item a line; status, legal basis, link kinds and
// kinds of access by their keys, for the reader to translate.
QString fieldText(const Processing &processing, const QString &field);

} // namespace habeas
