"""The Training tab's data: the data set in use (read in the foreground or a worker thread),
full-MNIST download, and what changes when the data set changes (prediction pool, classes).

A mixin of ``TrainingPanel``: it uses the panel's ``controls``, ``grid``, ``confusion``,
``loader``, ``downloads``, ``app_state`` (the AppState: the data set lives there) and
``_show_message``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QFileDialog

from core.data.datasets import has_idx_files, load_dataset, load_sample, mnist_dir
from core.errors import DataError
from gui.i18n import tr_core

POOL_SIZE = 256  # test digits the worker predicts for the live grid


class TrainingDataMixin:
    # ================================================================ data
    def set_dataset(self, dataset, spec: str) -> None:
        """Use this Dataset (e.g. a slice, in tests); ``spec`` names it in the picker. It becomes
        the app's data set in use (``AppState.dataset``), which Landscape reads."""
        self._dataset = dataset
        self._dataset_spec = spec
        self._eval_cache = None
        n_test = len(dataset.y_test)
        rng = np.random.default_rng(0)
        self._pool_index = np.sort(rng.choice(n_test, size=min(POOL_SIZE, n_test), replace=False))
        self.grid.set_pool(dataset.x_test[self._pool_index], dataset.y_test[self._pool_index], dataset.class_names)
        self.confusion.set_class_names(dataset.class_names)
        self.confusion.set_matrix(None)
        self._confusion_source = (None, 0)
        if self.grid.mode != "live":
            self.grid.show_live()
        self.controls.show_dataset(spec, self.tr("{0}: {1:,} training and {2:,} test images").format(
            tr_core(dataset.name), len(dataset.y_train), len(dataset.y_test)))
        net = self.app_state.models.shared_net()
        if net is not None and net.sizes[-1] == len(dataset.class_names):
            self._show_predictions_of(net)
        self.app_state.update("training", dataset=spec if len(spec) <= 1000 else "sample")
        self.app_state.set_dataset(dataset)
        self.sigDatasetChanged.emit(dataset)

    def open_dataset(self, spec: str) -> bool:
        """Load "sample", "mnist" or a folder; on a DataError show it and keep the current data."""
        if self._state != "idle":
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dataset = load_sample() if spec == "sample" else load_dataset(spec)
        except DataError as exc:
            self._show_message(str(exc), "error")
            self.controls.show_dataset(self._dataset_spec, self.controls.data_info.text())
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.set_dataset(dataset, spec)
        self._hide_message()
        return True

    def load_dataset_in_background(self, spec: str) -> bool:
        """Like open_dataset, but read in a worker thread (full MNIST takes about a second) while
        the window stays live; Start and the data controls wait. False if it cannot start now."""
        if self._state != "idle" or not self.loader.start(spec):
            return False
        self._show_message(self.tr("Loading the data set…"), "info")
        return True

    @Slot(bool)
    def _on_loader_active(self, _active: bool) -> None:
        self._set_state(self._state)  # Start and the data controls wait while a data set loads

    @Slot(object)
    def _on_dataset_loaded(self, dataset) -> None:
        if self._state != "idle":
            return
        self.set_dataset(dataset, self.loader.spec)
        self._hide_message()

    @Slot(str)
    def _on_dataset_load_failed(self, message: str) -> None:
        self._show_message(message, "error")
        self.controls.show_dataset(self._dataset_spec, self.controls.data_info.text())

    def _on_dataset_chosen(self, spec: str) -> None:
        if spec == "mnist" and not has_idx_files(mnist_dir()):
            self._show_message(self.tr("Full MNIST is not on this computer yet: press Download MNIST."), "info")
            self.controls.show_dataset(self._dataset_spec, self.controls.data_info.text())
            return
        if spec != self._dataset_spec:
            self.load_dataset_in_background(spec)

    def _on_open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder with IDX files"))
        if path:
            self.load_dataset_in_background(path)

    # ================================================================ download
    def start_download(self, dest=None, download=None) -> bool:
        """Download full MNIST into ``dest`` (default user_data_dir()/mnist) in its own thread."""
        if not self.downloads.start(dest or mnist_dir(), download=download):
            return False
        self._download_cancelled = False
        self._show_message(self.tr("Downloading full MNIST..."), "info")
        return True

    def cancel_download(self) -> None:
        self._download_cancelled = True
        self.downloads.cancel()

    @Slot(str, "qint64", "qint64")
    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        bar = self.controls.download_progress
        if total > 0:
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * done / total))
            bar.setFormat(f"{name}: %p%")
        else:
            bar.setRange(0, 0)

    @Slot(object)
    def _on_download_done(self, dataset) -> None:
        self._show_message(self.tr("Full MNIST downloaded: {0:,} training and {1:,} test images.")
                           .format(len(dataset.y_train), len(dataset.y_test)), "ok")
        if self._state == "idle":
            self.set_dataset(dataset, "mnist")

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        if self._download_cancelled:
            self._show_message(self.tr("Download cancelled."), "info")
        else:
            self._show_message(self.tr("Download failed: {0}").format(message), "error")

