#include "ui/register/RegisterPage.h"

#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/register/InspectionFileService.h"
#include "core/register/ProcessingService.h"
#include "core/register/RegisterExtractService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/LongOperation.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/letters/PdfPrint.h"
#include "ui/register/InspectionFileDialog.h"
#include "ui/register/ProcessingEditor.h"
#include "ui/register/RegisterGraphPanel.h"
#include "ui/register/ProcessingSummaryDialog.h"
#include "ui/register/RegisterModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

namespace {

// A PDF named `name` in the documents folder, the characters a file
// system may refuse left out.
QString suggestedPdf(QString name)
{
    static const QString Refused = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (Refused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(name + QStringLiteral(".pdf"));
}

constexpr ProcessingStatus Statuses[] = {ProcessingStatus::Draft, ProcessingStatus::Submitted,
                                         ProcessingStatus::OpinionReceived, ProcessingStatus::InOperation,
                                         ProcessingStatus::Retired};

} // namespace

RegisterPage::RegisterPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto *listPane = new QWidget(m_splitter);
    auto *list = new QVBoxLayout(listPane);
    list->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setAccessibleName(tr("Search the register"));
    m_search->setPlaceholderText(tr("Purpose or reference…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 26);
    filters->addWidget(m_search, 2);
    m_status = new QComboBox(listPane);
    m_status->setObjectName(QStringLiteral("registerStatus"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Every status"), -1);
    for (ProcessingStatus status : Statuses)
        m_status->addItem(ProcessingSummaryDialog::statusName(status), int(status));
    filters->addWidget(m_status);
    m_department = new QComboBox(listPane);
    m_department->setObjectName(QStringLiteral("registerDepartment"));
    m_department->setAccessibleName(tr("Department filter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(14);
    m_department->addItem(tr("Every department"), QString());
    filters->addWidget(m_department, 1);
    m_openOnly = new QCheckBox(tr("With open &conditions"), listPane);
    m_openOnly->setObjectName(QStringLiteral("registerOpenOnly"));
    m_openOnly->setToolTip(tr("Only the processings whose deliberations have conditions still open or in progress."));
    filters->addWidget(m_openOnly);
    m_new = new QPushButton(tr("&New processing…"), listPane);
    m_new->setObjectName(QStringLiteral("registerNew"));
    m_new->setVisible(session.can(Permission::ManageRegister));
    filters->addWidget(m_new);
    list->addLayout(filters);

    m_model = new RegisterModel(this);
    m_view = new QTableView(listPane);
    m_view->setObjectName(QStringLiteral("registerTable"));
    m_view->setAccessibleName(tr("Processings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RegisterModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(RegisterModel::Reference, QHeaderView::ResizeToContents);
    // Long departments and statuses are elided (the whole text is in the
    // editor below), and the counts and the date take the width of their
    // values rather than of their headings, so that the purpose keeps most
    // of a small window.
    const int character = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(RegisterModel::Department, character * 16);
    header->resizeSection(RegisterModel::Status, character * 14);
    header->resizeSection(RegisterModel::LegalBasisColumn, character * 14);
    header->resizeSection(RegisterModel::OpenConditions, character * 11);
    header->resizeSection(RegisterModel::Checks, character * 11);
    header->resizeSection(RegisterModel::LastChange, character * 13);
    // No column sorted at first: the register's own order, described
    // processings first, by name.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setMinimumHeight(header->sizeHint().height() + 5 * m_view->verticalHeader()->defaultSectionSize() +
                             2 * m_view->frameWidth());
    list->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("registerCount"));
    footer->addWidget(m_count);
    m_error = new QLabel(listPane);
    m_error->setObjectName(QStringLiteral("registerError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    footer->addWidget(m_error, 1);
    // Each offers the processing chosen and the whole register.
    const auto extractButton = [&](const QString &text, const QString &name, auto run) {
        auto *button = new QPushButton(text, listPane);
        button->setObjectName(name);
        auto *menu = new QMenu(button);
        QAction *entry = menu->addAction(tr("The &processing chosen"));
        entry->setObjectName(name + QStringLiteral("Entry"));
        QAction *whole = menu->addAction(tr("The &whole register"));
        whole->setObjectName(name + QStringLiteral("Register"));
        connect(entry, &QAction::triggered, this, [this, run] { (this->*run)(false); });
        connect(whole, &QAction::triggered, this, [this, run] { (this->*run)(true); });
        button->setMenu(menu);
        footer->addWidget(button);
        return button;
    };
    m_print = extractButton(tr("&Print…"), QStringLiteral("registerPrint"), &RegisterPage::printExtract);
    m_print->setToolTip(tr("Print the processing chosen (Ctrl+P) or the whole register, as saved."));
    m_export =
        extractButton(tr("E&xport as encrypted PDF…"), QStringLiteral("registerExport"), &RegisterPage::exportExtract);
    m_export->setToolTip(
        tr("Save the processing chosen or the whole register as a PDF that opens only with a password."));
    m_inspection = new QPushButton(tr("&Inspection file…"), listPane);
    m_inspection->setObjectName(QStringLiteral("registerInspection"));
    m_inspection->setToolTip(tr("Make the file for the supervisory authority: the register, the deliberations, the "
                                "figures of the requests and the audit log, as an encrypted PDF."));
    m_inspection->setVisible(InspectionFileService::allowed(session));
    footer->addWidget(m_inspection);
    connect(m_inspection, &QPushButton::clicked, this, &RegisterPage::exportInspection);
    list->addLayout(footer);

    // The editor and the graph share the lower pane as two tabs: each needs
    // most of the window's width, and the graph follows the list's choice
    // as the editor does.
    m_detail = new QTabWidget(m_splitter);
    m_detail->setObjectName(QStringLiteral("registerDetail"));
    m_editor = new ProcessingEditor(session, m_detail);
    m_detail->addTab(m_editor, tr("&Description"));
    m_graph = new RegisterGraphPanel(session, m_detail);
    m_detail->addTab(m_graph, tr("Links &graph"));
    m_detail->setTabToolTip(1, tr("The processings linked to the one chosen, and theirs, drawn as a graph."));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({300, 450});

    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::readRows);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &RegisterPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &RegisterPage::newProcessing);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::showCount);
    connect(m_editor, &ProcessingEditor::saved, this, [this](qint64 id) {
        readRows();
        selectRow(id);
        m_graph->showProcessing(id);
        m_graph->refresh();
    });
    connect(m_graph, &RegisterGraphPanel::chosen, this, &RegisterPage::openProcessing);
    connect(m_graph, &RegisterGraphPanel::openRequested, this, [this](qint64 id) { openInEditor(id, false); });
    connect(m_graph, &RegisterGraphPanel::describeRequested, this, [this](qint64 id) { openInEditor(id, true); });
}

QString RegisterPage::title() const
{
    return tr("Register");
}

void RegisterPage::readRows()
{
    ProcessingService service(m_session);
    auto all = service.list();
    if (!all) {
        m_error->setText(all.error().message);
        return;
    }
    m_error->clear();
    QStringList departments;
    for (const ProcessingSummary &row : *all) {
        if (!row.controller.isEmpty() && !departments.contains(row.controller))
            departments << row.controller;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(departments.begin(), departments.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    if (departments != m_departments) {
        m_departments = departments;
        fillDepartments();
    }
    std::vector<ProcessingSummary> rows;
    if (m_search->text().trimmed().isEmpty()) {
        rows = std::move(*all);
    } else {
        auto found = service.search(m_search->text());
        if (!found) {
            m_error->setText(found.error().message);
            return;
        }
        rows = std::move(*found);
    }
    // The checks are a help, not the list: when they cannot be read the
    // rows are shown without them and the footer says why.
    auto flags = service.consistency();
    if (!flags)
        m_error->setText(flags.error().message);
    m_selecting = true;
    m_model->setRows(std::move(rows), flags ? *flags : std::vector<ConsistencyFlag>());
    m_selecting = false;
    selectRow(m_editor->isOpen() ? m_editor->processingId() : 0);
}

void RegisterPage::fillDepartments()
{
    const QString chosen = m_department->currentData().toString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("Every department"), QString());
    for (const QString &department : m_departments)
        m_department->addItem(department, department);
    const int index = m_department->findData(chosen);
    m_department->setCurrentIndex(index < 0 ? 0 : index);
    // A department no processing has any more: the filter goes back to all.
    if (index < 0 && !chosen.isEmpty())
        applyFilter();
}

void RegisterPage::applyFilter()
{
    RegisterModel::Filter filter;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = static_cast<ProcessingStatus>(status);
    filter.department = m_department->currentData().toString();
    filter.openConditionsOnly = m_openOnly->isChecked();
    m_selecting = true;
    m_model->setFilter(filter);
    m_selecting = false;
    selectRow(m_editor->isOpen() ? m_editor->processingId() : 0);
}

void RegisterPage::showCount()
{
    m_count->setText(m_editor && !m_editor->isOpen() && m_model->rowCount() == 0 && m_departments.isEmpty()
                         ? QString()
                         : tr("%n processing(s) shown", nullptr, m_model->rowCount()));
}

void RegisterPage::selectRow(qint64 id)
{
    m_selecting = true;
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
    } else {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, RegisterModel::Name));
    }
    m_selecting = false;
}

void RegisterPage::selectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.front().data(RegisterModel::IdRole).toLongLong();
    if (m_editor->isOpen() && id == m_editor->processingId())
        return;
    if (!m_editor->mayDrop() || !m_editor->open(id))
        selectRow(m_editor->isOpen() ? m_editor->processingId() : 0);
    else
        m_graph->showProcessing(id);
}

bool RegisterPage::openProcessing(qint64 id)
{
    if (!(m_editor->isOpen() && id == m_editor->processingId())) {
        if (!m_editor->mayDrop() || !m_editor->open(id))
            return false;
    }
    selectRow(id);
    m_graph->showProcessing(id);
    return true;
}

void RegisterPage::openInEditor(qint64 id, bool describe)
{
    if (!openProcessing(id))
        return;
    m_detail->setCurrentWidget(m_editor);
    if (describe) {
        m_editor->tabs()->setCurrentIndex(ProcessingEditor::PurposeTab);
        if (auto *name = m_editor->findChild<QLineEdit *>(QStringLiteral("processingName")))
            name->setFocus(Qt::OtherFocusReason);
    }
}

bool RegisterPage::newProcessing()
{
    if (!m_session.can(Permission::ManageRegister) || !m_editor->mayDrop())
        return false;
    selectRow(0);
    m_editor->startNew();
    m_graph->showProcessing(0);
    m_detail->setCurrentWidget(m_editor);
    return true;
}

void RegisterPage::reload()
{
    readRows();
    // Another page may have changed the flags (a deliberation linked).
    m_graph->refresh();
    if (m_editor->isOpen()) {
        // Edits not saved yet stay; otherwise what is shown is read again.
        if (!m_editor->isModified() && m_editor->processingId() != 0)
            m_editor->open(m_editor->processingId());
    } else if (m_model->rowCount() > 0) {
        openProcessing(m_model->index(0, 0).data(RegisterModel::IdRole).toLongLong());
    }
}

void RegisterPage::clear()
{
    m_selecting = true;
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker status(m_status);
        const QSignalBlocker openOnly(m_openOnly);
        m_search->setText(QString()); // (clear() is undoable)
        m_status->setCurrentIndex(0);
        m_openOnly->setChecked(false);
    }
    m_departments.clear();
    fillDepartments();
    m_model->clear();
    m_selecting = false;
    m_editor->clear();
    m_graph->clear();
    m_error->clear();
    m_count->clear();
}

qint64 RegisterPage::chosenForExtract()
{
    const qint64 id = m_editor->isOpen() ? m_editor->processingId() : 0;
    if (id == 0) {
        MessageBox::information(this, tr("Register"), tr("Choose a saved processing in the list first."));
        return 0;
    }
    if (m_editor->isModified())
        MessageBox::information(
            this, tr("Register"),
            tr("The extract shows the processing as saved: your edits not saved yet are not in it."));
    return id;
}

bool RegisterPage::print()
{
    return printExtract(false);
}

bool RegisterPage::printExtract(bool wholeRegister)
{
    const qint64 id = wholeRegister ? RegisterExtractService::WholeRegister : chosenForExtract();
    if (!wholeRegister && id == 0)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pdf = RegisterExtractService(m_session).pdf(id);
    QApplication::restoreOverrideCursor();
    if (!pdf) {
        MessageBox::critical(this, tr("Print"), pdf.error().message);
        return false;
    }
    return PdfPrint::print(pdf->bytes.view(), wholeRegister ? tr("Register of processings") : tr("Register extract"),
                           wholeRegister ? tr("Print the register") : tr("Print the processing"),
                           tr("The register is not printed to a file: use \"Export as encrypted PDF\", which protects "
                              "the file with a password."),
                           this);
}

bool RegisterPage::exportExtract(bool wholeRegister)
{
    const qint64 id = wholeRegister ? RegisterExtractService::WholeRegister : chosenForExtract();
    if (!wholeRegister && id == 0)
        return false;
    auto password = PdfPasswordDialog::ask(m_session, this);
    if (!password)
        return false;
    QString name = wholeRegister ? tr("Register of processings") : tr("Register extract");
    if (const int row = wholeRegister ? -1 : m_model->rowOf(id); row >= 0) {
        const QString reference = m_model->index(row, RegisterModel::Reference).data().toString().trimmed();
        if (!reference.isEmpty())
            name += u' ' + reference;
    }
    const QString start = suggestedPdf(name);
    const QString path = FileDialog::saveFile(this,
                                              wholeRegister ? tr("Export the register as an encrypted PDF")
                                                            : tr("Export the processing as an encrypted PDF"),
                                              start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = RegisterExtractService(m_session).exportTo(id, *password, path);
    QApplication::restoreOverrideCursor();
    if (!exported) {
        MessageBox::critical(this, tr("Export as encrypted PDF"), exported.error().message);
        return false;
    }
    MessageBox::information(this, tr("Export as encrypted PDF"),
                            tr("The extract was saved in %1. It opens only with the password you chose.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RegisterPage::exportInspection()
{
    const qint64 chosen = m_editor->isOpen() ? m_editor->processingId() : 0;
    QString chosenName;
    if (const int row = chosen ? m_model->rowOf(chosen) : -1; row >= 0)
        chosenName = m_model->index(row, RegisterModel::Name).data().toString().trimmed();
    const QDate today = m_session.clock()->today();
    const auto choice = InspectionFileDialog::ask(chosenName, today.year(), this);
    if (!choice)
        return false;
    const qint64 id = choice->wholeRegister ? InspectionFileService::WholeRegister : chosen;
    if (!choice->wholeRegister && m_editor->isModified())
        MessageBox::information(
            this, tr("Register"),
            tr("The inspection file shows the processing as saved: your edits not saved yet are not in it."));
    auto password = PdfPasswordDialog::ask(m_session, this);
    if (!password)
        return false;
    QString name = tr("Inspection file %1").arg(today.toString(Qt::ISODate));
    if (!choice->wholeRegister) {
        const int row = m_model->rowOf(id);
        const QString reference =
            row >= 0 ? m_model->index(row, RegisterModel::Reference).data().toString().trimmed() : QString();
        if (!reference.isEmpty())
            name += u' ' + reference;
    }
    const QString path = FileDialog::saveFile(this, tr("Save the inspection file as an encrypted PDF"),
                                              suggestedPdf(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const std::optional<InspectionPeriod> period =
        choice->allRequests ? std::optional<InspectionPeriod>(InspectionPeriod::all(today)) : std::nullopt;
    auto exported = LongOperation::run(this, tr("Making the inspection file…"), [&](const Progress &progress) {
        return InspectionFileService(m_session).exportTo(id, *password, path, period, progress);
    });
    if (!exported) {
        MessageBox::critical(this, tr("Inspection file"), exported.error().message);
        return false;
    }
    MessageBox::information(this, tr("Inspection file"),
                            tr("The inspection file was saved in %1. It opens only with the password you chose; "
                               "give the password to the authority by another way than the file.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RegisterPage::mayLeave()
{
    return m_editor->mayDrop();
}

} // namespace habeas
