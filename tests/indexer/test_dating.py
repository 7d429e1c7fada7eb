import pytest

from photobook.indexer.dating import date_from_path


@pytest.mark.parametrize(
    ("path", "edtf"),
    [
        ("1985/port.jpg", "1985"),
        ("1985-06-14_inauguration.jpg", "1985-06-14"),
        ("scans/19850614.jpg", "1985-06-14"),
        ("1985-06 marche.jpg", "1985-06"),
        ("annees-1980/medina.jpg", "198X"),
        ("années 1990/x.jpg", "199X"),
        ("1980s/x.jpg", "198X"),
        ("vers-1985/x.jpg", "1985~"),
        ("2010/2012-03/x.jpg", "2012-03"),
        ("IMG_1985.jpg", None),
        ("DSC01990.JPG", None),
        ("1985-02-30_x.jpg", "1985-02"),  # not a real day: falls back to the month
        ("9999/x.jpg", None),
        ("sans-date/x.jpg", None),
    ],
)
def test_dates_from_paths(path, edtf):
    assert date_from_path(path) == edtf
