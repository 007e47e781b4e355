"""Pieces every part of the UI uses: messages and questions, notice bars, the date field,
translations and dates, the PDF preview, the preflight dialog, meeting files in and out."""
