#include "ui/requests/RequestsPage.h"

#include "ui/common/HeaderState.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace habeas {

namespace {

// What the state filter offers beyond the states themselves.
constexpr int AnyState = -1;
constexpr int OpenStates = -2;

// The state filter in the settings file: stable keys, not the numbers of
// the enum.
QString stateFilterKey(int state)
{
    if (state == OpenStates)
        return QStringLiteral("open");
    if (state == AnyState)
        return QStringLiteral("all");
    return requestStateKey(RequestState(state));
}

QVariant stateFilterData(const QString &key)
{
    if (key == QLatin1String("open"))
        return OpenStates;
    if (key == QLatin1String("all"))
        return AnyState;
    if (const auto state = requestStateFromKey(key))
        return int(*state);
    return {};
}

// Selects the choice holding `data`; one no longer offered keeps the current.
void selectData(QComboBox *box, const QVariant &data)
{
    if (!data.isValid())
        return;
    if (const int index = box->findData(data); index >= 0)
        box->setCurrentIndex(index);
}

QComboBox *combo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Enter on a row opens it, as a double click does.
class RequestTable final : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void(const QModelIndex &)> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() && onActivate) {
            onActivate(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

RequestsPage::RequestsPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    // The list above, the open request below, in a splitter the person sizes.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);
    auto *list = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(list);
    auto *heading = new QLabel(tr("<h2>Requests</h2>"), list);
    layout->addWidget(heading);

    auto *filters = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setPlaceholderText(tr("Reference or requester's name"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_state = combo(this, QStringLiteral("stateFilter"), tr("State"));
    m_right = combo(this, QStringLiteral("rightFilter"), tr("Right"));
    m_channel = combo(this, QStringLiteral("channelFilter"), tr("Channel"));
    m_assignee = combo(this, QStringLiteral("assigneeFilter"), tr("Assignee"));
    m_year = combo(this, QStringLiteral("yearFilter"), tr("Year"));
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_mine = new QCheckBox(tr("&Mine only"), this);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    const auto labelled = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        return label;
    };
    // Three rows at their natural widths, so that no choice is clipped in
    // a small window.
    const auto row = [&](std::initializer_list<std::pair<QWidget *, QWidget *>> fields, QWidget *stretched = nullptr) {
        auto *line = new QHBoxLayout;
        for (const auto &[label, field] : fields) {
            if (label)
                line->addWidget(label);
            line->addWidget(field, field == stretched ? 1 : 0);
            line->addSpacing(12);
        }
        if (!stretched)
            line->addStretch(1);
        filters->addLayout(line);
    };
    row({{searchLabel, m_search}, {nullptr, m_overdue}, {nullptr, m_mine}}, m_search);
    row({{labelled(tr("S&tate:"), m_state), m_state},
         {labelled(tr("&Right:"), m_right), m_right},
         {labelled(tr("C&hannel:"), m_channel), m_channel}});
    row({{labelled(tr("&Assignee:"), m_assignee), m_assignee}, {labelled(tr("&Year:"), m_year), m_year}});
    layout->addLayout(filters);

    m_model = new RequestsModel(this);
    auto *table = new RequestTable(this);
    // Tab leaves the table (the arrow keys move in it), never a trap.
    table->setTabKeyNavigation(false);
    m_view = table;
    m_view->setObjectName(QStringLiteral("requestTable"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(RequestsModel::Due, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    // Uniform rows: the view never asks every row for its height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Room for a few rows however the splitter is pulled.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + 5 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    const auto open = [this](const QModelIndex &index) {
        const QVariant id = m_model->data(index, RequestsModel::IdRole);
        if (id.isValid())
            Q_EMIT openRequested(id.toLongLong());
    };
    table->onActivate = open;
    connect(m_view, &QTableView::doubleClicked, this, open);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("requestCount"));
    layout->addWidget(m_count);
    m_splitter->addWidget(list);
    m_detail = new RequestView(m_session, m_splitter);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1, 1}); // half each, whatever the window
    connect(this, &RequestsPage::openRequested, m_detail, &RequestView::open);
    connect(m_detail, &RequestView::requestChanged, this, [this] {
        m_model->refresh();
        Q_EMIT requestsChanged();
    });

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &RequestsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RequestsPage::applyFilter);
    for (QComboBox *box : {m_state, m_right, m_channel, m_assignee, m_year})
        connect(box, &QComboBox::activated, this, &RequestsPage::applyFilter);
    for (QCheckBox *box : {m_overdue, m_mine})
        connect(box, &QCheckBox::toggled, this, &RequestsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::showCount);
    // Columns fit what the first page holds (reading more would read more
    // pages), once per session: later the person's own widths stay.
    m_view->horizontalHeader()->setResizeContentsPrecision(RequestsModel::PageSize);
}

QString RequestsPage::title() const
{
    return tr("Requests");
}

void RequestsPage::showMatching(const QString &text)
{
    if (!m_session.can(Permission::ViewRequests))
        return;
    for (QComboBox *box : {m_right, m_channel, m_assignee, m_year})
        box->setCurrentIndex(0);
    selectData(m_state, AnyState);
    {
        const QSignalBlocker quietOverdue(m_overdue);
        const QSignalBlocker quietMine(m_mine);
        const QSignalBlocker quietSearch(m_search);
        m_overdue->setChecked(false);
        m_mine->setChecked(false);
        m_search->setText(text);
    }
    applyFilter();
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RequestsModel::Reference));
}

void RequestsPage::fillChoices()
{
    RequestService service(m_session);
    const auto refill = [](QComboBox *box, const auto &fill) {
        const QVariant kept = box->currentData();
        box->clear();
        fill(box);
        const int index = box->findData(kept);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_state, [](QComboBox *box) {
        box->addItem(tr("Open"), OpenStates);
        box->addItem(tr("All states"), AnyState);
        for (RequestState state : AllRequestStates)
            box->addItem(Workflow::stateName(state), int(state));
    });
    const auto rights = service.rights();
    refill(m_right, [&](QComboBox *box) {
        box->addItem(tr("All rights"), QString());
        if (!rights)
            return;
        const RequestLabels labels(*rights);
        for (const Right &right : *rights)
            box->addItem(labels.right(right.key), right.key);
    });
    refill(m_channel, [](QComboBox *box) {
        box->addItem(tr("All channels"), -1);
        for (Channel channel : {Channel::Post, Channel::Email, Channel::OnlineForm, Channel::OnSite, Channel::Other})
            box->addItem(RequestLabels::channel(channel), int(channel));
    });
    const auto assignees = service.assignees();
    refill(m_assignee, [&](QComboBox *box) {
        box->addItem(tr("Anyone"), QString());
        if (assignees)
            for (const QString &login : *assignees)
                box->addItem(login, login);
    });
    const auto years = service.years();
    refill(m_year, [&](QComboBox *box) {
        box->addItem(tr("All years"), 0);
        if (years)
            for (int year : *years)
                box->addItem(QString::number(year), year);
    });
}

void RequestsPage::applyFilter()
{
    m_typing->stop();
    RequestFilter filter;
    filter.text = m_search->text().trimmed();
    const int state = m_state->currentData().toInt();
    filter.openOnly = state == OpenStates;
    if (state >= 0)
        filter.state = RequestState(state);
    filter.rightKey = m_right->currentData().toString();
    if (const int channel = m_channel->currentData().toInt(); channel >= 0)
        filter.channel = Channel(channel);
    filter.assignee = m_mine->isChecked() ? m_session.account().login : m_assignee->currentData().toString();
    m_assignee->setEnabled(!m_mine->isChecked());
    filter.year = m_year->currentData().toInt();
    if (m_overdue->isChecked())
        filter.overdueOn = m_session.clock()->today();
    m_model->setFilter(filter);
}

void RequestsPage::showCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(tr("%n request(s)", nullptr, int(m_model->total())));
}

void RequestsPage::reload()
{
    if (!m_session.can(Permission::ViewRequests)) {
        clear();
        m_count->setText(tr("Your role does not allow viewing requests."));
        return;
    }
    fillChoices();
    // The register may have changed on its page since.
    m_detail->findings()->reloadRegister();
    m_model->setSession(&m_session);
    applyFilter();
    if (!m_sized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_sized = true;
    }
}

void RequestsPage::restoreState(const AccountLocalSettings &settings)
{
    m_splitter->restoreState(settings.value(AccountSetting::RequestsSplitter));
    QHeaderView *header = m_view->horizontalHeader();
    // Widths the person chose are not fitted to the contents again.
    if (HeaderState::restore(*header, settings.value(AccountSetting::RequestsHeader)))
        m_sized = true;
    int column = settings.value(AccountSetting::RequestsSortColumn);
    Qt::SortOrder order =
        settings.value(AccountSetting::RequestsSortDescending) ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (column < 0 || column >= RequestsModel::ColumnCount) {
        column = header->sortIndicatorSection();
        order = header->sortIndicatorOrder();
    }
    // The model sorts as the header shows (restoring a header only draws it).
    m_view->sortByColumn(column, order);

    if (!m_session.can(Permission::ViewRequests))
        return;
    fillChoices();
    selectData(m_state, stateFilterData(settings.value(AccountSetting::RequestsState)));
    selectData(m_right, settings.value(AccountSetting::RequestsRight));
    const QString channel = settings.value(AccountSetting::RequestsChannel);
    if (channel.isEmpty())
        selectData(m_channel, -1);
    else if (const auto stored = channelFromKey(channel))
        selectData(m_channel, int(*stored));
    selectData(m_year, settings.value(AccountSetting::RequestsYear));
    {
        const QSignalBlocker quietOverdue(m_overdue);
        const QSignalBlocker quietMine(m_mine);
        m_overdue->setChecked(settings.value(AccountSetting::RequestsOverdue));
        m_mine->setChecked(settings.value(AccountSetting::RequestsMine));
    }
    applyFilter();
}

void RequestsPage::saveState(AccountLocalSettings &settings) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    settings.setValue(AccountSetting::RequestsSplitter, m_splitter->saveState());
    settings.setValue(AccountSetting::RequestsHeader, HeaderState::save(*header));
    settings.setValue(AccountSetting::RequestsSortColumn, header->sortIndicatorSection());
    settings.setValue(AccountSetting::RequestsSortDescending, header->sortIndicatorOrder() == Qt::DescendingOrder);
    // Choices never filled (a role that sees no requests) are no choice.
    if (m_state->count() == 0)
        return;
    settings.setValue(AccountSetting::RequestsState, stateFilterKey(m_state->currentData().toInt()));
    settings.setValue(AccountSetting::RequestsRight, m_right->currentData().toString());
    const int channel = m_channel->currentData().toInt();
    settings.setValue(AccountSetting::RequestsChannel, channel >= 0 ? channelKey(Channel(channel)) : QString());
    settings.setValue(AccountSetting::RequestsYear, m_year->currentData().toInt());
    settings.setValue(AccountSetting::RequestsOverdue, m_overdue->isChecked());
    settings.setValue(AccountSetting::RequestsMine, m_mine->isChecked());
}

bool RequestsPage::print()
{
    return m_detail->print();
}

void RequestsPage::clear()
{
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_typing->stop();
    m_model->clear();
    m_count->clear();
    m_detail->clear();
    m_detail->findings()->clearRegister();
}

} // namespace habeas
