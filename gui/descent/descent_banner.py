"""The Descent lab's banner and status line: what each run is doing (converged, stalled,
diverged, and why), in the colour of the worst, and one-off notes.

A mixin of ``DescentPanel`` (it uses the panel's ``banner``, ``status_line``, runs and
``sigStatus``).
"""
from __future__ import annotations

from core.descent.descent_run import CONVERGED, DIVERGED, RUNNING, STALLED
from core.nn.optimizers import OPTIMIZERS
from gui.i18n import tr_core

_BANNER_STYLE = {
    DIVERGED: "background: #c62828; color: white;",
    STALLED: "background: #f9a825; color: #212121;",
    CONVERGED: "background: #2e7d32; color: white;",
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
        lines, worst = [], None
        order = {CONVERGED: 0, STALLED: 1, DIVERGED: 2}
        for i, r in enumerate(self.runs):
            if r.status == RUNNING:
                continue
            text = self._reason_text(r)
            if len(self.runs) > 1:
                text = f"{i + 1}. {tr_core(OPTIMIZERS[r.optimizer_name].display_name)}: {text}"
            lines.append(text)
            if worst is None or order[r.status] > order[worst]:
                worst = r.status
        if lines:
            self.banner.setText("\n".join(lines))
            self.banner.setStyleSheet(_BANNER_STYLE[worst] + " font-weight: bold; border-radius: 3px;")
            self.banner.show()
            self.status_line.setText(" · ".join(lines))
        else:
            self.banner.hide()
            self.banner.clear()
            if not self._note:
                self.status_line.setText(self.tr("Step {0} · loss {1} · click the surface to move the ball, "
                                                 "Space steps, P plays").format(self.run.k, f"{self.run.loss:.6g}"))
        if self._note:
            self.status_line.setText(self._note)
            self._note = ""
        self.sigStatus.emit(self.status_line.text())

    _note = ""

    def _set_status_note(self, text: str) -> None:
        """Show a one-off message in the status line (until the next change)."""
        self._note = text
        self.status_line.setText(text)
        self.sigStatus.emit(text)
