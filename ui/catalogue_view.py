"""Catalogue and locations editing (coordinator only): names in each language, sizes,
targets, active flags, the retail barcodes linked to a category; shelves and zones, with
their labels.  What is typed is checked first; saving then asks for the coordinator PIN
(once per coordinator session)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.messages import GENDER_NAMES, GROUP_NAMES, LOCATION_KIND_NAMES, name, tr_message
from ui.table_models import NUMBER, Column, RowTableModel
from ui.widgets import AskPin, ReadingView, message_of
from warehouse_desktop import catalogue
from warehouse_desktop.catalogue import CategoryData, LocationData
from warehouse_desktop.errors import WarehouseError
from warehouse_desktop.models import Gender, Group, LocationKind

# Opens the shelf-label dialog for a location code.
PrintLocationLabel = Callable[[str], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueView", text)


CATEGORY_COLUMNS = (
    Column(lambda: _tr("Card"), lambda c: c.code),
    Column(lambda: _tr("Name"), lambda c: c.name),
    Column(lambda: _tr("Group"), lambda c: name(GROUP_NAMES, c.group)),
    Column(lambda: _tr("Target"), lambda c: c.target, NUMBER),
)
LOCATION_COLUMNS = (
    Column(lambda: _tr("Code"), lambda x: x.code),
    Column(lambda: _tr("Name"), lambda x: x.name),
    Column(lambda: _tr("Kind"), lambda x: name(LOCATION_KIND_NAMES, x.kind)),
    Column(lambda: _tr("In use"), lambda x: _tr("yes") if x.active else _tr("no")),
)


def _scrolled_form(form: QFormLayout) -> QScrollArea:
    """The editing form in a scroll area: on a small screen (768 pixels at 200 %) its last
    rows scroll into view instead of pushing the page's bottom off the screen."""
    holder = QWidget()
    holder.setLayout(form)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    return area


class CatalogueView(ReadingView):
    changed = Signal()

    def __init__(
        self,
        ask_pin: AskPin,
        parent: QWidget | None = None,
        *,
        print_location_label: PrintLocationLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_pin = ask_pin
        self._print_location_label = print_location_label
        self.category_model = RowTableModel(CATEGORY_COLUMNS, key=lambda c: c.id, parent=self)
        self.location_model = RowTableModel(LOCATION_COLUMNS, key=lambda x: x.id, parent=self)
        self._restoring = False  # selecting the edited row again after a reload
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # categories
        page = QWidget()
        row = QHBoxLayout(page)
        self.category_table = QTableView(page)
        self._table(self.category_table, self.category_model)
        self.category_table.selectionModel().selectionChanged.connect(
            lambda *_: self._category_selected()
        )
        row.addWidget(self.category_table, 3)
        form = QFormLayout()
        self.cat_name = QLineEdit(page)
        self.cat_name_fr = QLineEdit(page)
        self.cat_group = QComboBox(page)
        self.cat_gender = QComboBox(page)
        self.cat_sizes = QLineEdit(page)
        self.cat_target = QSpinBox(page)
        self.cat_target.setRange(0, 100000)
        self.cat_quantity = QSpinBox(page)
        self.cat_quantity.setRange(1, 999)
        self.cat_active = QCheckBox(page)
        # Hygiene, food, medicine: the bench asks for each box's expiry month.
        self.cat_expires = QCheckBox(page)
        self.cat_labels = [QLabel(page) for _ in range(9)]
        for label, field in zip(
            self.cat_labels,
            [self.cat_name, self.cat_name_fr, self.cat_group, self.cat_gender, self.cat_sizes,
             self.cat_target, self.cat_quantity, self.cat_active, self.cat_expires],
            strict=True,
        ):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        self.cat_new = QPushButton(page)
        self.cat_save = QPushButton(page)
        self.cat_new.clicked.connect(self.new_category)
        self.cat_save.clicked.connect(self.save_category)
        buttons.addWidget(self.cat_new)
        buttons.addWidget(self.cat_save)
        form.addRow(buttons)
        # Retail barcodes (EAN/UPC on new donated goods) linked to the category at the bench.
        self.retail_label = QLabel(page)
        self.retail_list = QListWidget(page)
        self.retail_list.setMaximumHeight(90)
        self.retail_label.setBuddy(self.retail_list)
        self.retail_remove = QPushButton(page)
        self.retail_remove.clicked.connect(lambda: self.unlink_retail())
        self.retail_list.currentRowChanged.connect(
            lambda row: self.retail_remove.setEnabled(row >= 0)
        )
        self.retail_remove.setEnabled(False)
        form.addRow(self.retail_label, self.retail_list)
        form.addRow(self.retail_remove)
        row.addWidget(_scrolled_form(form), 2)
        self.tabs.addTab(page, "")

        # locations
        page = QWidget()
        row = QHBoxLayout(page)
        self.location_table = QTableView(page)
        self._table(self.location_table, self.location_model)
        self.location_table.selectionModel().selectionChanged.connect(
            lambda *_: self._location_selected()
        )
        row.addWidget(self.location_table, 3)
        form = QFormLayout()
        self.loc_name = QLineEdit(page)
        self.loc_kind = QComboBox(page)
        self.loc_active = QCheckBox(page)
        self.loc_labels = [QLabel(page) for _ in range(3)]
        for label, field in zip(
            self.loc_labels, [self.loc_name, self.loc_kind, self.loc_active], strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        self.loc_new = QPushButton(page)
        self.loc_save = QPushButton(page)
        self.loc_new.clicked.connect(self.new_location)
        self.loc_save.clicked.connect(self.save_location)
        buttons.addWidget(self.loc_new)
        buttons.addWidget(self.loc_save)
        form.addRow(buttons)
        self.loc_label_button = QPushButton(page)
        self.loc_label_button.clicked.connect(self.print_location_label)
        self.loc_label_button.setEnabled(False)
        self.loc_label_button.setVisible(print_location_label is not None)
        form.addRow(self.loc_label_button)
        row.addWidget(_scrolled_form(form), 2)
        self.tabs.addTab(page, "")
        self._editing_category: int | None = None
        self._editing_location: int | None = None
        self.retranslate()
        self.reload()

    @staticmethod
    def _table(table: QTableView, model: RowTableModel) -> None:
        table.setModel(model)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, _tr("Categories"))
        self.tabs.setTabText(1, _tr("Locations"))
        self.status.setText(_tr("Changes here need a coordinator's PIN."))
        self.category_model.retranslate()
        self.location_model.retranslate()
        for label, text in zip(
            self.cat_labels,
            [_tr("&Name:"), _tr("Name in &French:"), _tr("&Group:"), _tr("&For:"),
             _tr("&Sizes (comma separated):"), _tr("&Target (boxes):"),
             _tr("Items per &box:"), _tr("In &use:"), _tr("E&xpires (month asked at the bench):")],
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        for label, text in zip(
            self.loc_labels, [_tr("&Name:"), _tr("&Kind:"), _tr("In &use:")], strict=True
        ):
            label.setText(text)
        self.cat_new.setText(_tr("New category"))
        self.cat_save.setText(_tr("Save category…"))
        self.loc_new.setText(_tr("New location"))
        self.loc_save.setText(_tr("Save location…"))
        self.loc_label_button.setText(_tr("Print its &label…"))
        self.retail_label.setText(_tr("&Retail barcodes:"))
        self.retail_remove.setText(_tr("Remove barcode link…"))
        self._fill_combo(self.cat_group, [(name(GROUP_NAMES, g.value), g.value) for g in Group])
        self._fill_combo(self.cat_gender, [(name(GENDER_NAMES, g.value), g.value) for g in Gender])
        self._fill_combo(
            self.loc_kind, [(name(LOCATION_KIND_NAMES, k.value), k.value) for k in LocationKind]
        )

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def reload(self) -> None:
        try:
            categories = catalogue.list_categories()
            locations = catalogue.list_locations()
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.category_model.set_rows(categories)
        self.location_model.set_rows(locations)
        # The row being edited stays selected; the form keeps what is typed in it.
        self._restoring = True
        try:
            for table, model, key in (
                (self.category_table, self.category_model, self._editing_category),
                (self.location_table, self.location_model, self._editing_location),
            ):
                row = model.row_of(key)
                if row >= 0:
                    table.selectRow(row)
        finally:
            self._restoring = False

    # --- categories ---------------------------------------------------------------------

    def _category_selected(self) -> None:
        rows = self.category_table.selectionModel().selectedRows()
        c = self.category_model.row_at(rows[0].row()) if rows else None
        if c is None or self._restoring:
            return
        self._editing_category = c.id
        self.cat_name.setText(c.name)
        self.cat_name_fr.setText(c.names.get("fr", ""))
        self.cat_group.setCurrentIndex(max(self.cat_group.findData(c.group), 0))
        self.cat_gender.setCurrentIndex(max(self.cat_gender.findData(c.gender), 0))
        self.cat_sizes.setText(", ".join(c.sizes))
        self.cat_target.setValue(c.target)
        self.cat_quantity.setValue(c.default_quantity)
        self.cat_active.setChecked(c.active)
        self.cat_expires.setChecked(c.expires)
        self._show_retail_codes(c.id)

    def _show_retail_codes(self, category_id: int | None) -> None:
        self.retail_list.clear()
        if category_id is None:
            return
        try:
            linked = catalogue.retail_codes(category_id)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return
        self.retail_list.addItems(linked)
        if not linked:
            self.retail_list.addItem(_tr("none: scan a category card, then the barcode"))
            self.retail_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def unlink_retail(self, code: str | None = None) -> bool:
        """Forget a retail barcode linked to the wrong category (coordinator PIN)."""
        if code is None:
            item = self.retail_list.currentItem()
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                return False
            code = item.text()
        credentials = self._ask_pin(_tr("Remove the link of barcode {code}").format(code=code))
        if credentials is None:
            return False
        try:
            category = catalogue.unlink_retail_code(
                code, coordinator=credentials[0], pin=credentials[1]
            )
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return False
        self.status.setText(tr_message("retail_unlinked", {"code": code, "category": category}))
        self._show_retail_codes(self._editing_category)
        self.changed.emit()
        return True

    def new_category(self) -> None:
        self.category_table.clearSelection()
        self._editing_category = None
        for field in (self.cat_name, self.cat_name_fr, self.cat_sizes):
            field.clear()
        self.cat_target.setValue(0)
        self.cat_quantity.setValue(1)
        self.cat_active.setChecked(True)
        self.cat_expires.setChecked(False)
        self._show_retail_codes(None)
        self.cat_name.setFocus()

    def category_data(self) -> CategoryData:
        names = {"fr": self.cat_name_fr.text()} if self.cat_name_fr.text().strip() else {}
        if self._editing_category is not None:
            old = next(c for c in self.category_model.rows() if c.id == self._editing_category)
            names = {**{k: v for k, v in old.names.items() if k != "fr"}, **names}
        return CategoryData(
            name=self.cat_name.text(),
            group=self.cat_group.currentData() or Group.OTHER.value,
            gender=self.cat_gender.currentData() or Gender.NONE.value,
            sizes=[s.strip() for s in self.cat_sizes.text().split(",")],
            names=names,
            target=self.cat_target.value(),
            default_quantity=self.cat_quantity.value(),
            active=self.cat_active.isChecked(),
            id=self._editing_category,
            expires=self.cat_expires.isChecked(),
        )

    def save_category(self) -> bool:
        data = self.category_data()
        try:
            # What is typed is checked before anyone is asked for a PIN.
            data = catalogue.validate_category(data)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            self.cat_name.setFocus()
            return False
        credentials = self._ask_pin(_tr("Save category {name}").format(name=data.name))
        if credentials is None:
            return False
        try:
            saved = catalogue.save_category(data, coordinator=credentials[0], pin=credentials[1])
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return False
        self.status.setText(tr_message("category_saved", {"name": saved.name, "code": saved.code}))
        self._editing_category = saved.id
        self.reload()
        self.changed.emit()
        return True

    # --- locations ----------------------------------------------------------------------

    def _location_selected(self) -> None:
        rows = self.location_table.selectionModel().selectedRows()
        x = self.location_model.row_at(rows[0].row()) if rows else None
        if x is None or self._restoring:
            return
        self._editing_location = x.id
        self.loc_name.setText(x.name)
        self.loc_kind.setCurrentIndex(max(self.loc_kind.findData(x.kind), 0))
        self.loc_active.setChecked(x.active)
        self.loc_label_button.setEnabled(True)

    def new_location(self) -> None:
        self.location_table.clearSelection()
        self._editing_location = None
        self.loc_name.clear()
        self.loc_active.setChecked(True)
        self.loc_label_button.setEnabled(False)
        self.loc_name.setFocus()

    def save_location(self) -> bool:
        data = LocationData(
            name=self.loc_name.text(),
            kind=self.loc_kind.currentData() or LocationKind.SHELF.value,
            active=self.loc_active.isChecked(),
            id=self._editing_location,
        )
        try:
            data = catalogue.validate_location(data)
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            self.loc_name.setFocus()
            return False
        credentials = self._ask_pin(_tr("Save location {name}").format(name=data.name))
        if credentials is None:
            return False
        try:
            saved = catalogue.save_location(data, coordinator=credentials[0], pin=credentials[1])
        except WarehouseError as exc:
            self.status.setText(message_of(exc))
            return False
        new = self._editing_location is None
        self._editing_location = saved.id
        self.reload()
        self.loc_label_button.setEnabled(True)
        if new and self._print_location_label is not None:
            # A new shelf needs its label before a box can be put on it.
            self.status.setText(
                _tr("Saved {name} (code {code}): print its label now").format(
                    name=saved.name, code=saved.code
                )
            )
            self.loc_label_button.setFocus()
        else:
            self.status.setText(
                tr_message("location_saved", {"name": saved.name, "code": saved.code})
            )
        self.changed.emit()
        return True

    def print_location_label(self) -> bool:
        """The shelf-label dialog for the location being edited."""
        if self._print_location_label is None or self._editing_location is None:
            return False
        location = next(
            (x for x in self.location_model.rows() if x.id == self._editing_location), None
        )
        if location is None:
            return False
        self._print_location_label(location.code)
        return True
