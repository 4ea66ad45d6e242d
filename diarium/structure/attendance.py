"""Attendance lists of a protokoll (Beslutande, Ledamöter, Ersättare, Justerare …) as rows."""
from __future__ import annotations

from diarium.schemas.structure import AttendanceRow, TextLine


def find_attendance(lines: list[TextLine]) -> list[AttendanceRow]:
    """Rows of every attendance list; the lines used get role 'attendance'."""
    return []
