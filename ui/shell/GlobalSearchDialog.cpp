#include "ui/shell/GlobalSearchDialog.h"

#include "ui/register/ProcessingSummaryDialog.h"
#include "ui/shell/GlobalSearchModel.h"
#include "core/accounts/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace habeas {

namespace {

bool isEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
           && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

} // namespace

std::optional<GlobalSearchChoice> GlobalSearchDialog::choose(Session &session, QWidget *parent)
{
    GlobalSearchDialog dialog(session, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

GlobalSearchDialog::GlobalSearchDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Search"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    auto *line = new QHBoxLayout;
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("globalSearchField"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setPlaceholderText(m_session.can(Permission::ViewRegister)
                                    ? tr("Reference, requester's surname or processing")
                                    : tr("Reference or requester's surname"));
    m_field->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_field);
    line->addWidget(label);
    line->addWidget(m_field, 1);
    layout->addLayout(line);

    m_model = new GlobalSearchModel(m_session, this);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setExpandsOnDoubleClick(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->setWordWrap(false);
    m_results->header()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter opens a result; only a click or Escape closes.
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_field, m_results);
    setTabOrder(m_results, close);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlobalSearchDialog::showResults);
    connect(m_results, &QAbstractItemView::activated, this, &GlobalSearchDialog::open);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);

    showResults();
    resize(720, 480);
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void GlobalSearchDialog::searchNow()
{
    m_typing->stop();
    m_model->search(m_field->text());
}

void GlobalSearchDialog::showResults()
{
    // Headings and the "more" rows read across the columns.
    m_results->expandAll();
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex heading = m_model->index(group, 0);
        m_results->setFirstColumnSpanned(group, {}, true);
        for (int row = 0; row < m_model->rowCount(heading); ++row) {
            if (m_model->index(row, 0, heading).data(GlobalSearchModel::SpannedRole).toBool())
                m_results->setFirstColumnSpanned(row, heading, true);
        }
    }
    // The request columns fit their contents, with room between them.
    const int gap = 3 * m_results->fontMetrics().averageCharWidth();
    for (int column : {GlobalSearchModel::Title, GlobalSearchModel::Requester, GlobalSearchModel::State}) {
        m_results->resizeColumnToContents(column);
        m_results->header()->resizeSection(column, m_results->header()->sectionSize(column) + gap);
    }
    // What Enter opens shows, without leaving the field.
    if (const QModelIndex first = m_model->firstResult(); first.isValid())
        m_results->setCurrentIndex(first);

    if (m_model->text().isEmpty())
        m_status->setText(m_session.can(Permission::ViewRegister)
                              ? tr("Type a reference, the start of a requester's surname or part of a "
                                   "processing's name. Accents and capitals do not matter.")
                              : tr("Type a reference or the start of a requester's surname. Accents and "
                                   "capitals do not matter."));
    else if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("Nothing matches \"%1\".").arg(m_model->text()));
    else
        m_status->setText(tr("Down and Up go through the results, Enter opens the one selected, Escape closes."));
}

void GlobalSearchDialog::openCurrent()
{
    // Enter before the pause in typing: the search the text asks for.
    if (m_typing->isActive() || m_model->text() != m_field->text().trimmed())
        searchNow();
    const QModelIndex current = m_results->currentIndex();
    open(current.isValid() && (current.flags() & Qt::ItemIsSelectable) ? current : m_model->firstResult());
}

void GlobalSearchDialog::open(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const QModelIndex first = index.siblingAtColumn(GlobalSearchModel::Title);
    switch (GlobalSearchModel::Kind(first.data(GlobalSearchModel::KindRole).toInt())) {
    case GlobalSearchModel::Kind::Request:
        m_choice = GlobalSearchChoice{GlobalSearchChoice::Kind::Request, first.data(GlobalSearchModel::IdRole).toLongLong(), {}};
        accept();
        return;
    case GlobalSearchModel::Kind::MoreRequests:
        m_choice = GlobalSearchChoice{GlobalSearchChoice::Kind::AllRequests, 0, m_model->text()};
        accept();
        return;
    case GlobalSearchModel::Kind::Processing:
        showProcessing(first.data(GlobalSearchModel::IdRole).toLongLong());
        return;
    case GlobalSearchModel::Kind::Heading:
    case GlobalSearchModel::Kind::MoreProcessings:
        return;
    }
}

void GlobalSearchDialog::showProcessing(qint64 id)
{
    ProcessingSummaryDialog::run(m_session, id, this);
    // The lock closed both dialogs meanwhile: nothing more to do here.
    if (!isVisible())
        return;
    m_results->setFocus(Qt::OtherFocusReason);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        if (isEnter(key)) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            if (m_typing->isActive())
                searchNow();
            QModelIndex current = m_results->currentIndex();
            if (!current.isValid() || !(current.flags() & Qt::ItemIsSelectable))
                current = m_model->firstResult();
            if (current.isValid()) {
                m_results->setFocus(Qt::OtherFocusReason);
                m_results->setCurrentIndex(current);
            }
            return true;
        }
    } else if (watched == m_results) {
        if (isEnter(key)) {
            open(m_results->currentIndex());
            return true;
        }
        // Up from the first result goes back to the field.
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier
            && m_results->currentIndex().siblingAtColumn(GlobalSearchModel::Title) == m_model->firstResult()) {
            m_field->setFocus(Qt::OtherFocusReason);
            return true;
        }
        // Typing in the results goes on in the field.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            m_field->setFocus(Qt::OtherFocusReason);
            QApplication::sendEvent(m_field, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::done(int result)
{
    // Neither the text (it can name a requester) nor the results outlive
    // the dialog on screen; the choice is the caller's to take.
    m_typing->stop();
    {
        const QSignalBlocker quiet(m_field);
        m_field->clear();
    }
    m_model->clear();
    QDialog::done(result);
}

} // namespace habeas
