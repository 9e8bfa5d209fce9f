#include "ui/deliberations/ConditionsBoardPage.h"

#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "ui/deliberations/ConditionsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace habeas {

namespace {

// The owner filter's choices beyond the owners themselves.
constexpr int Everyone = 0;
constexpr int Nobody = 1;
constexpr int Named = 2;

// Enter on a row opens it, as a double click does.
class BoardTable final : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void(const QModelIndex &)> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() &&
            onActivate) {
            onActivate(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

ConditionsBoardPage::ConditionsBoardPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Conditions to follow</h2>"), this));
    auto *hint = new QLabel(tr("The conditions of the authority's deliberations still open or in progress. Enter or a "
                               "double click opens the deliberation at that condition."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *filters = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("boardOwnerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addStretch(1);
    layout->addLayout(filters);
    connect(m_owner, &QComboBox::activated, this, &ConditionsBoardPage::applyOwner);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("boardProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_model = new ConditionsModel(this);
    auto *table = new BoardTable(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("conditionsBoard"));
    m_table->setAccessibleName(tr("Conditions to follow"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConditionsModel::Text, QHeaderView::Stretch);
    header->setSectionResizeMode(ConditionsModel::Evidence, QHeaderView::Interactive);
    header->resizeSection(ConditionsModel::Evidence, 160);
    // What is late first, then the nearest due dates.
    header->setSortIndicator(ConditionsModel::Due, Qt::AscendingOrder);
    const auto open = [this](const QModelIndex &index) {
        const QVariant deliberation = m_model->data(index, ConditionsModel::DeliberationIdRole);
        const QVariant condition = m_model->data(index, ConditionsModel::IdRole);
        if (deliberation.isValid() && condition.isValid())
            Q_EMIT openRequested(deliberation.toLongLong(), condition.toLongLong());
    };
    table->onActivate = open;
    connect(m_table, &QTableView::doubleClicked, this, open);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("boardCount"));
    layout->addWidget(m_count);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConditionsBoardPage::showCount);
}

QString ConditionsBoardPage::title() const
{
    return tr("Conditions to follow");
}

void ConditionsBoardPage::reload()
{
    auto open = DeliberationService(m_session).openConditions();
    if (!open) {
        clear();
        m_problem->setText(open.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_model->setToday(m_session.clock()->today());
    const int kind = m_owner->currentIndex() >= 0 ? m_owner->currentData().toInt() : Everyone;
    const QString named = m_owner->currentText();
    std::vector<Condition> conditions = std::move(open).value();
    m_model->setConditions(conditions);
    // The figure of each condition measured by an indicator, measured now.
    DeliberationService deliberations(m_session);
    for (const Condition &condition : conditions) {
        if (!condition.indicator)
            continue;
        auto measured = deliberations.measureCondition(condition.id);
        if (measured)
            m_model->setFigure(condition.id, ConditionIndicator::figure(*measured),
                               ConditionIndicator::explanation(*measured));
        else
            m_model->setFigure(condition.id, tr("Not measured"), measured.error().message);
    }
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), Everyone);
    m_owner->addItem(tr("Nobody yet"), Nobody);
    for (const QString &owner : m_model->owners())
        m_owner->addItem(owner, Named);
    // The owner chosen stays chosen while they still own something.
    int chosen = kind == Named ? m_owner->findText(named) : m_owner->findData(kind);
    m_owner->setCurrentIndex(chosen >= 0 ? chosen : 0);
    applyOwner();
}

void ConditionsBoardPage::clear()
{
    m_model->clear();
    m_owner->clear();
    m_problem->clear();
    m_problem->hide();
    m_count->clear();
}

void ConditionsBoardPage::applyOwner()
{
    switch (m_owner->currentData().toInt()) {
    case Nobody: m_model->setOwnerFilter(QString()); break;
    case Named: m_model->setOwnerFilter(m_owner->currentText()); break;
    default: m_model->setOwnerFilter(std::nullopt); break;
    }
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
}

void ConditionsBoardPage::showCount()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->data(m_model->index(row, 0), ConditionsModel::OverdueRole).toBool() ? 1 : 0;
    m_count->setText(m_model->rowCount() == 0 ? tr("No condition to follow here.")
                                              : tr("%n condition(s) to follow", nullptr, m_model->rowCount()) +
                                                    (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
}

} // namespace habeas
