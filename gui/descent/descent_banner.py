"""The Descent lab's banner and status line: what each run is doing (converged, stalled,
diverged, and why), in the colour of the worst, and one-off notes.

A mixin of ``DescentPanel`` (it uses the panel's ``banner``, ``status_line``, runs and
``sigStatus``).
"""
from __future__ import annotations

import html

from core.descent.descent_run import CONVERGED, DIVERGED, RUNNING, STALLED
from core.nn.optimizers import OPTIMIZERS
from gui.i18n import tr_core

#: (background, text) colour of a banner line, by the run's status: red only for an error
BANNER_COLORS = {
    DIVERGED: ("#c62828", "#ffffff"),
    STALLED: ("#f9a825", "#212121"),
    CONVERGED: ("#2e7d32", "#ffffff"),
}


class DescentBannerMixin:
    def _reason_text(self, run) -> str:
        key = run.reason_key
        if key in ("overflow", "nonfinite", "loss_grew", "left_box"):
            return self.tr("diverged: the learning rate is too large for this surface")
        if key == "no_bottom":
            return self.tr("diverged: the loss falls without end: this surface has no bottom that way")
        if key == "saddle":
            return self.tr("stalled: the gradient is zero here: a saddle")
        if key == "plateau":
            return self.tr("stalled: the gradient is zero here: a plateau")
        if key == "minimum":
            return self.tr("converged: the ball rests at a minimum")
        return ""

    def _update_banner(self) -> None:
        lines = []
        for i, r in enumerate(self.runs):
            if r.status == RUNNING:
                continue
            text = self._reason_text(r)
            if len(self.runs) > 1:
                text = f"{i + 1}. {tr_core(OPTIMIZERS[r.optimizer_name].display_name)}: {text}"
            lines.append((r.status, text))
        #: what the banner shows, line by line: (status, text); each line has its status's colour
        self.banner_lines = lines
        if lines:
            self.banner.setText("".join(
                f'<p style="background-color:{BANNER_COLORS[st][0]}; color:{BANNER_COLORS[st][1]}; '
                f'font-weight:bold; margin:0px;">&nbsp;{html.escape(text)}&nbsp;</p>' for st, text in lines))
            self._place_banner()
            self.banner.show()
            self.banner.raise_()
            self.status_line.setText(" · ".join(text for _, text in lines))
        else:
            self.banner.hide()
            self.banner.clear()
            if not self._note:
                self.status_line.setText(self.tr("Step {0} · loss {1} · click the surface to move the ball, "
                                                 "Space steps, P plays").format(self.run.k, f"{self.run.loss:.6g}"))
        if self._note:
            self.status_line.setText(self._note)
            self._note = ""
        self.status_line.setToolTip(self.status_line.text())
        self.sigStatus.emit(self.status_line.text())

    _note = ""
    banner_lines: list = []

    def _place_banner(self) -> None:
        """Over the top of the contour plot, inside its frame (it moves nothing)."""
        c = self.contour
        width = max(120, c.width() - 70)
        self.banner.setFixedWidth(width)
        self.banner.adjustSize()
        self.banner.move(c.x() + 60, c.y() + 4)

    def _set_status_note(self, text: str) -> None:
        """Show a one-off message in the status line (until the next change)."""
        self._note = text
        self.status_line.setText(text)
        self.sigStatus.emit(text)
